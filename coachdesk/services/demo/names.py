"""Names and words that make the demo municipality ring true (see DOMAIN.md)."""

# Real Vantaa school names for the small town, as DOMAIN.md lists them.
SMALL_FINNISH_SCHOOLS = [
    "Hakunilan koulu", "Hämeenkylän koulu", "Itä-Hakkilan koulu", "Kivimäen koulu",
    "Korson koulu", "Kuusikon koulu", "Pähkinärinteen koulu", "Peltolan koulu",
    "Rajatorpan koulu", "Sotungin koulu", "Vantaankosken koulu", "Laajavuoren koulu",
]
SMALL_SWEDISH_SCHOOLS = ["Kyrkoby skola", "Håkansböle skola"]
SMALL_UPPER_SECONDARY = ["Tikkurilan lukio"]

# Districts in the genitive, for the big city: "<district> koulu", "<district> lukio"...
FINNISH_DISTRICTS = [
    "Aviapoliksen", "Askiston", "Asolan", "Hakkilan", "Hakunilan", "Havukosken", "Hiekkaharjun",
    "Hämeenkylän", "Ilolan", "Itä-Hakkilan", "Jokiniemen", "Kaivokselan", "Kartanonkosken",
    "Kaskelan", "Keimolan", "Kilterin", "Kivimäen", "Koivukylän", "Kolohongan", "Korson",
    "Kuninkaalan", "Kuninkaanmäen", "Kuusikon", "Laajavuoren", "Lammaslammen", "Leinelän",
    "Länsimäen", "Martinlaakson", "Metsolan", "Mikkolan", "Myyrmäen", "Nikinmäen", "Päiväkummun",
    "Pakkalan", "Peltolan", "Pähkinärinteen", "Rajakylän", "Rajatorpan", "Ruskeasannan",
    "Sotungin", "Simonkylän", "Seutulan", "Tammiston", "Tikkurilan", "Uomarinteen", "Vaaralan",
    "Vapaalan", "Varistonniityn", "Vantaanlaakson", "Vantaankosken", "Viertolan", "Ylästön",
    "Kytöpuiston", "Jokivarren", "Louhelan", "Ojangon", "Piispankylän", "Ruusuvuoren",
    "Sandöin", "Lehtikuusen", "Hiekkakummun", "Pakilan", "Kyläsaaren", "Koskelan",
    "Vesalan", "Kontulan", "Itäkeskuksen", "Meri-Rastilan", "Mellunmäen", "Puistolan",
    "Tapulin", "Suutarilan", "Siltamäen", "Paloheinän", "Maunulan", "Oulunkylän",
]
FINNISH_SUFFIXES = [
    ("koulu", "comprehensive"),
    ("päiväkoti", "preschool"),
    ("alakoulu", "primary"),
    ("yläkoulu", "lower_secondary"),
    ("lukio", "upper_secondary"),
]
SWEDISH_DISTRICTS = [
    "Kyrkoby", "Håkansböle", "Mårtensdal", "Myrbacka", "Dickursby", "Kungsvägens", "Norrby",
    "Sandkulla", "Västersundom", "Backas", "Hagalunds", "Kilo", "Grankulla", "Degerby",
    "Botby", "Kottby", "Brändö", "Nordsjö",
]
SWEDISH_SUFFIXES = [("skola", "comprehensive"), ("daghem", "preschool"),
                    ("gymnasium", "upper_secondary")]
VOCATIONAL = ["Varia, Tikkurilan toimipiste", "Varia, Myyrmäen toimipiste"]

STREETS = [
    "Koulutie", "Lukiotie", "Kirkkotie", "Peltolantie", "Kuusikkotie", "Rajatorpantie",
    "Hakunilantie", "Sotungintie", "Kielotie", "Urpiaisentie", "Kannuskuja", "Ylästöntie",
    "Lammaslammentie", "Vaskipellontie",
]
SWEDISH_STREETS = ["Kyrkobyvägen", "Mårtensbyvägen", "Skolvägen", "Håkansbölevägen"]

FINNISH_FIRST = [
    "Aino", "Anna", "Anne", "Antti", "Eeva", "Elina", "Emma", "Heikki", "Hanna", "Helena",
    "Jaana", "Janne", "Jari", "Johanna", "Jukka", "Juha", "Kaisa", "Kari", "Katja", "Kimmo",
    "Laura", "Leena", "Liisa", "Maria", "Marja", "Markku", "Matti", "Mika", "Mikko", "Minna",
    "Noora", "Olli", "Outi", "Pasi", "Pekka", "Petri", "Päivi", "Riikka", "Riitta", "Sanna",
    "Sari", "Satu", "Seppo", "Suvi", "Tanja", "Teemu", "Tiina", "Timo", "Tuomas", "Ville",
    "Aleksi", "Arja", "Eero", "Eija", "Elisa", "Erkki", "Hanne", "Harri", "Heli", "Henna",
    "Ilkka", "Inkeri", "Jenni", "Jouni", "Juho", "Jussi", "Kaarina", "Kirsi", "Lauri",
    "Maija", "Marko", "Merja", "Milla", "Mirja", "Niina", "Niko", "Paula", "Pirjo", "Raija",
    "Reijo", "Sami", "Sini", "Sirpa", "Taina", "Tero", "Tuula", "Ulla", "Veera", "Vesa",
    "Virpi",
]
FINNISH_LAST = [
    "Ahonen", "Heikkinen", "Heinonen", "Hiltunen", "Hämäläinen", "Järvinen", "Kallio",
    "Karjalainen", "Kinnunen", "Koskinen", "Laine", "Laitinen", "Lehtonen", "Leinonen",
    "Lindholm", "Mäkelä", "Mäkinen", "Nieminen", "Niemi", "Ojala", "Peltonen", "Pitkänen",
    "Rantanen", "Räsänen", "Salminen", "Salonen", "Savolainen", "Toivonen", "Tuominen",
    "Turunen", "Virtanen", "Väisänen", "Aaltonen", "Anttila", "Eskola", "Hakala",
    "Halonen", "Harju", "Hirvonen", "Huttunen", "Ikonen", "Jokinen", "Kangas", "Kauppinen",
    "Keskinen", "Kivelä", "Korhonen", "Koivisto", "Lahtinen", "Lampinen", "Lehtinen",
    "Manninen", "Markkanen", "Miettinen", "Moilanen", "Nurmi", "Oksanen", "Partanen",
    "Pelkonen", "Rautio", "Saarinen", "Salo", "Seppälä", "Sirola", "Suominen", "Tikkanen",
    "Vainio", "Valtonen", "Vesterinen", "Ylönen",
]
SWEDISH_FIRST = [
    "Anders", "Anna-Karin", "Birgitta", "Camilla", "Erik", "Fredrik", "Ida", "Johan", "Karin",
    "Linnea", "Malin", "Mats", "Nina", "Oskar", "Sofia", "Ulla", "Wilhelm", "Åsa",
]
SWEDISH_LAST = [
    "Andersson", "Backman", "Björklund", "Ekström", "Forsberg", "Holmström", "Johansson",
    "Lindqvist", "Lundström", "Nyberg", "Sjöberg", "Strömberg", "Wikström", "Öhman",
]

SUBJECTS = [
    "class teacher", "mathematics", "Finnish", "Swedish", "English", "history", "biology",
    "geography", "physics", "chemistry", "crafts", "visual arts", "music",
    "physical education", "religion", "special education", "home economics",
    "computer science", "early childhood education",
]

# The training catalogue: (name, level, audience, description). Issue 4's examples first.
TOPICS = [
    ("Teams and OneNote", "basic", "all",
     "Class teams, assignments and a shared class notebook."),
    ("Google Classroom", "basic", "all", "Courses, assignments and feedback in Classroom."),
    ("Coding with Scratch", "basic", "primary", "Block coding from the first game onwards."),
    ("micro:bit", "intermediate", "primary",
     "Programming the micro:bit and using the class sets."),
    ("iPad in preschool", "basic", "preschool", "Stories, photos and play with tablets."),
    ("Flipped classroom", "intermediate", "secondary",
     "Videos at home, practice in class: planning a flipped unit."),
    ("Digital assessment", "intermediate", "all",
     "Quizzes, rubrics and self-assessment in digital tools."),
    ("Data protection for teachers", "basic", "all",
     "Pupils' personal data, consent and safe sharing."),
    ("Seppo game-based learning", "intermediate", "all", "Location-based learning games."),
    ("Robotics with LEGO Spike", "intermediate", "primary", "Building and coding robots."),
    ("Office 365 basics", "basic", "all", "Outlook, OneDrive and shared documents."),
    ("Video editing in class", "intermediate", "secondary", "Pupils' own films, step by step."),
    ("Artificial intelligence in teaching", "advanced", "secondary",
     "What AI tools can and cannot do in school work."),
    ("Python for upper secondary", "advanced", "secondary", "Teaching the first programs."),
    ("Accessible digital material", "intermediate", "all", "Material every pupil can use."),
    ("Media literacy", "basic", "all", "Sources, images and advertising in pupils' media."),
]

ROOMS = ["Library", "Auditorium", "Computer room", "Room A12", "Room B204", "Staff room",
         "Music room", "Crafts room"]
VENUES = ["Education services training room, Tikkurila", "Vantaa main library, Tikkurila",
          "Myyrmäki house, meeting room 2", "Heureka learning centre"]

# (category, model, price in euros, class-set size or None)
DEVICES = [
    ("Tablet", "iPad 10th gen 64 GB", 429, None),
    ("Tablet", "iPad Air 11\" 128 GB", 699, None),
    ("Laptop", "Lenovo ThinkPad E14", 899, None),
    ("Laptop", "MacBook Air 13\"", 1_199, None),
    ("Robot kit", "LEGO Education Spike Prime", 479, 6),
    ("Robot kit", "Bee-Bot class set", 520, 6),
    ("micro:bit class set", "BBC micro:bit v2 class pack", 690, 30),
    ("VR headset", "Meta Quest 3", 549, None),
    ("Document camera", "IPEVO V4K", 119, None),
    ("3D printer", "Prusa MK4", 1_099, None),
]
FUNDING = [
    "National Agency for Education tutor grant 2023",
    "National Agency for Education tutor grant 2024",
    "Municipal ICT budget 2025",
    "Municipal ICT budget 2026",
]
CONDITIONS = ["new", "good", "good", "good", "fair", "worn"]
STORAGE = ["ICT cupboard, Tikkurila", "Education services store room", "Tutor room, Myyrmäki"]

VISIT_NOTES = [
    "Set up Teams for the 5th grade and practised assignments.",
    "Co-taught a Scratch lesson; the teacher will run the next one alone.",
    "Staff training on digital assessment after school.",
    "Helped two teachers with OneNote class notebooks.",
    "Planned the spring's training days with the principal.",
    "Charged and updated the iPads; showed the teachers the story app.",
    "micro:bit lesson in 6B with the class set.",
]

FEEDBACK = [
    "Clear and practical, I will try it next week.",
    "Too fast for a beginner; more time for practice, please.",
    "Good examples from a real classroom.",
    "I would like a follow-up session.",
]

"""Names that make the demo municipality ring true (see DOMAIN.md): schools, streets and
people, the same in every language, and the shape of the training catalogue and the
inventory. What the demo writes in words is in words/, one list per language."""

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

# The training catalogue, issue 4's examples first: (key, level, audience). Its names and
# descriptions are words (see words/).
TOPICS = [
    ("teams", "basic", "all"), ("classroom", "basic", "all"), ("scratch", "basic", "primary"),
    ("microbit", "intermediate", "primary"), ("ipad_preschool", "basic", "preschool"),
    ("flipped", "intermediate", "secondary"), ("assessment", "intermediate", "all"),
    ("data_protection", "basic", "all"), ("seppo", "intermediate", "all"),
    ("robotics", "intermediate", "primary"), ("office", "basic", "all"),
    ("video", "intermediate", "secondary"), ("ai", "advanced", "secondary"),
    ("python", "advanced", "secondary"), ("accessible", "intermediate", "all"),
    ("media", "basic", "all"),
]

# (category key, model, price in euros, class-set size or None). Brand names stay as they
# are in every language; a model's generic words ("class set") are words (see words/).
DEVICES = [
    ("tablet", "iPad 10th gen 64 GB", 429, None),
    ("tablet", "iPad Air 11\" 128 GB", 699, None),
    ("laptop", "Lenovo ThinkPad E14", 899, None),
    ("laptop", "MacBook Air 13\"", 1_199, None),
    ("robot_kit", "LEGO Education Spike Prime", 479, 6),
    ("robot_kit", "Bee-Bot class set", 520, 6),
    ("microbit_set", "BBC micro:bit v2 class pack", 690, 30),
    ("vr_headset", "Meta Quest 3", 549, None),
    ("document_camera", "IPEVO V4K", 119, None),
    ("printer_3d", "Prusa MK4", 1_099, None),
]

"""Handwritten English names for places (used by gen_places.py).

Everything here is written from general knowledge. Aliases with an ASCII
apostrophe get a curly-apostrophe twin automatically; ASCII-folded forms of
accented names are added automatically too.
"""

# ---------------------------------------------------------------- countries
# alpha_2 -> name / aliases / acronyms / parent
COUNTRIES = {
    "AE": {"name": "United Arab Emirates", "aliases": ["the Emirates", "Emirates"], "acronyms": ["UAE", "U.A.E."]},
    "AF": {"name": "Afghanistan", "aliases": ["Islamic Emirate of Afghanistan"]},
    "AG": {"name": "Antigua and Barbuda", "aliases": ["Antigua"]},
    "BA": {"name": "Bosnia and Herzegovina", "aliases": ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina"], "acronyms": ["BiH"]},
    "BN": {"name": "Brunei", "aliases": ["Brunei Darussalam", "Nation of Brunei", "Negara Brunei Darussalam"]},
    "BO": {"name": "Bolivia"},
    "BS": {"name": "Bahamas", "aliases": ["The Bahamas"]},
    "BY": {"name": "Belarus", "aliases": ["Byelorussia", "Belorussia"]},
    "CD": {"name": "Democratic Republic of the Congo", "aliases": ["DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo", "D.R. Congo"], "acronyms": ["DRC", "DR Congo"]},
    "CG": {"name": "Republic of the Congo", "aliases": ["Congo", "Congo-Brazzaville", "Republic of Congo", "Congo Republic"]},
    "CF": {"name": "Central African Republic", "acronyms": ["CAR"]},
    "CI": {"name": "Côte d'Ivoire", "aliases": ["Cote d'Ivoire", "Ivory Coast", "Republic of Côte d'Ivoire"]},
    "CN": {"name": "China", "aliases": ["People's Republic of China", "Mainland China", "Chinese mainland", "the Chinese mainland", "PR China"], "acronyms": ["PRC", "P.R.C."]},
    "CV": {"name": "Cabo Verde", "aliases": ["Cape Verde"]},
    "CZ": {"name": "Czech Republic", "aliases": ["Czechia"]},
    "DE": {"name": "Germany", "aliases": ["Federal Republic of Germany"], "acronyms": ["FRG"]},
    "DO": {"name": "Dominican Republic"},
    "FK": {"name": "Falkland Islands", "aliases": ["Falklands", "Malvinas", "Islas Malvinas"]},
    "FM": {"name": "Micronesia", "aliases": ["Federated States of Micronesia"], "acronyms": ["FSM"]},
    "GB": {"name": "United Kingdom", "aliases": ["Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"], "acronyms": ["UK", "U.K."]},
    "GM": {"name": "Gambia", "aliases": ["The Gambia"]},
    "HK": {"name": "Hong Kong", "aliases": ["Hong Kong SAR", "Hong Kong Special Administrative Region", "Hong Kong Special Administrative Region of China", "Hong Kong, China", "Xianggang"], "acronyms": ["HKSAR"], "parent": "iso:CN"},
    "IR": {"name": "Iran", "aliases": ["Islamic Republic of Iran", "Persia"]},
    "KN": {"name": "Saint Kitts and Nevis", "aliases": ["St. Kitts and Nevis", "St Kitts and Nevis"]},
    "KP": {"name": "North Korea", "aliases": ["Democratic People's Republic of Korea"], "acronyms": ["DPRK", "D.P.R.K."]},
    "KR": {"name": "South Korea", "aliases": ["Republic of Korea", "Korea"], "acronyms": ["ROK", "R.O.K."]},
    "LA": {"name": "Laos", "aliases": ["Lao PDR", "Lao People's Democratic Republic", "Lao P.D.R."], "acronyms": ["PDR"]},
    "LC": {"name": "Saint Lucia", "aliases": ["St. Lucia", "St Lucia"]},
    "MD": {"name": "Moldova", "aliases": ["Republic of Moldova"]},
    "MF": {"name": "Saint Martin", "aliases": ["Saint-Martin"]},
    "MK": {"name": "North Macedonia", "aliases": ["Republic of North Macedonia", "Macedonia"]},
    "MM": {"name": "Myanmar", "aliases": ["Burma", "Republic of the Union of Myanmar", "Union of Myanmar"]},
    "MO": {"name": "Macao", "aliases": ["Macau", "Macao SAR", "Macau SAR", "Macao Special Administrative Region", "Macao Special Administrative Region of China", "Macau Special Administrative Region", "Macao, China"], "acronyms": ["MSAR"], "parent": "iso:CN"},
    "NL": {"name": "Netherlands", "aliases": ["The Netherlands", "Holland", "Kingdom of the Netherlands"]},
    "PS": {"name": "Palestine", "aliases": ["State of Palestine", "Palestinian territories", "Occupied Palestinian Territory", "Palestinian Territories"]},
    "RU": {"name": "Russia", "aliases": ["Russian Federation"]},
    "SA": {"name": "Saudi Arabia", "aliases": ["Kingdom of Saudi Arabia"], "acronyms": ["KSA"]},
    "SH": {"name": "Saint Helena", "aliases": ["Saint Helena, Ascension and Tristan da Cunha"]},
    "ST": {"name": "Sao Tome and Principe", "aliases": ["São Tomé and Príncipe"]},
    "SX": {"name": "Sint Maarten"},
    "SY": {"name": "Syria", "aliases": ["Syrian Arab Republic"]},
    "SZ": {"name": "Eswatini", "aliases": ["Swaziland", "Kingdom of Eswatini"]},
    "TL": {"name": "Timor-Leste", "aliases": ["East Timor", "Timor Leste", "Democratic Republic of Timor-Leste"]},
    "TR": {"name": "Turkey", "aliases": ["Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"]},
    "TW": {"name": "Taiwan", "aliases": ["Taiwan region", "Chinese Taipei", "Taiwan, China", "Republic of China"]},
    "TZ": {"name": "Tanzania", "aliases": ["United Republic of Tanzania"]},
    "US": {"name": "United States", "aliases": ["United States of America", "America", "the United States"], "acronyms": ["US", "USA", "U.S.", "U.S.A."]},
    "VA": {"name": "Vatican", "aliases": ["Vatican City", "Holy See", "the Holy See", "Vatican City State"]},
    "VC": {"name": "Saint Vincent and the Grenadines", "aliases": ["St. Vincent and the Grenadines", "St Vincent and the Grenadines"]},
    "VE": {"name": "Venezuela", "aliases": ["Bolivarian Republic of Venezuela"]},
    "VG": {"name": "British Virgin Islands"},
    "VI": {"name": "U.S. Virgin Islands", "aliases": ["United States Virgin Islands", "US Virgin Islands"]},
    "VN": {"name": "Vietnam", "aliases": ["Viet Nam", "Socialist Republic of Vietnam", "Socialist Republic of Viet Nam"]},
    "WS": {"name": "Samoa"},
    "BL": {"name": "Saint Barthelemy", "aliases": ["Saint Barthélemy", "St. Barts"]},
    "PM": {"name": "Saint Pierre and Miquelon"},
    "CC": {"name": "Cocos (Keeling) Islands", "aliases": ["Cocos Islands"]},
    "BQ": {"name": "Caribbean Netherlands", "aliases": ["Bonaire, Sint Eustatius and Saba"]},
    "SJ": {"name": "Svalbard and Jan Mayen"},
    "HM": {"name": "Heard Island and McDonald Islands"},
    "PN": {"name": "Pitcairn Islands", "aliases": ["Pitcairn"]},
    "UM": {"name": "United States Minor Outlying Islands"},
    "IO": {"name": "British Indian Ocean Territory", "aliases": ["Chagos Archipelago", "Chagos Islands"]},
    "GS": {"name": "South Georgia and the South Sandwich Islands"},
    "AX": {"name": "Aland Islands", "aliases": ["Åland Islands", "Åland"]},
    "RE": {"name": "Reunion", "aliases": ["Réunion", "La Réunion"]},
    "CW": {"name": "Curacao", "aliases": ["Curaçao"]},
    # countries whose iso-codes name is fine but that take useful aliases
    "AR": {"name": "Argentina", "aliases": ["Argentine Republic"]},
    "BD": {"name": "Bangladesh", "aliases": ["People's Republic of Bangladesh"]},
    "BR": {"name": "Brazil", "aliases": ["Federative Republic of Brazil"]},
    "EG": {"name": "Egypt", "aliases": ["Arab Republic of Egypt"]},
    "GR": {"name": "Greece", "aliases": ["Hellenic Republic"]},
    "IN": {"name": "India", "aliases": ["Republic of India", "Bharat"]},
    "ID": {"name": "Indonesia", "aliases": ["Republic of Indonesia"], "acronyms": ["RI"]},
    "KH": {"name": "Cambodia", "aliases": ["Kingdom of Cambodia", "Kampuchea"]},
    "LK": {"name": "Sri Lanka", "aliases": ["Democratic Socialist Republic of Sri Lanka", "Ceylon"]},
    "MN": {"name": "Mongolia"},
    "MY": {"name": "Malaysia"},
    "NP": {"name": "Nepal", "aliases": ["Federal Democratic Republic of Nepal"]},
    "PH": {"name": "Philippines", "aliases": ["The Philippines", "Republic of the Philippines"], "acronyms": ["RP"]},
    "PK": {"name": "Pakistan", "aliases": ["Islamic Republic of Pakistan"]},
    "SG": {"name": "Singapore", "aliases": ["Republic of Singapore"]},
    "TH": {"name": "Thailand", "aliases": ["Kingdom of Thailand", "Siam"]},
    "JP": {"name": "Japan"},
    "UA": {"name": "Ukraine", "aliases": ["the Ukraine"]},
    "ZA": {"name": "South Africa", "aliases": ["Republic of South Africa"], "acronyms": ["RSA"]},
    "NZ": {"name": "New Zealand", "aliases": ["Aotearoa"]},
    "PG": {"name": "Papua New Guinea", "acronyms": ["PNG"]},
    "BH": {"name": "Bahrain", "aliases": ["Kingdom of Bahrain"]},
    "JO": {"name": "Jordan", "aliases": ["Hashemite Kingdom of Jordan"]},
    "CH": {"name": "Switzerland", "aliases": ["Swiss Confederation"]},
    "KG": {"name": "Kyrgyzstan", "aliases": ["Kyrgyz Republic", "Kirghizia"]},
    "MX": {"name": "Mexico", "aliases": ["United Mexican States"]},
}

# not (yet) in ISO 3166-1
EXTRA_COUNTRIES = {
    "XK": {"name": "Kosovo", "aliases": ["Republic of Kosovo"]},
}

# ---------------------------------------------------------------- regions
# (slug, name, aliases, acronyms)
REGIONS = [
    # continents and world regions
    ("asia", "Asia", [], []),
    ("europe", "Europe", [], []),
    ("africa", "Africa", [], []),
    ("north-america", "North America", [], []),
    ("south-america", "South America", [], []),
    ("latin-america", "Latin America", ["Latin America and the Caribbean", "Latin American and Caribbean region"], []),
    ("central-america", "Central America", [], []),
    ("oceania", "Oceania", [], []),
    ("antarctic", "Antarctic", ["Antarctic region"], []),
    ("arctic", "Arctic", ["Arctic region", "Arctic Ocean"], []),
    ("southeast-asia", "Southeast Asia", ["South-East Asia", "South East Asia", "Southeast Asian region"], []),
    ("south-asia", "South Asia", ["South Asian region", "Indian subcontinent"], []),
    ("east-asia", "East Asia", ["Eastern Asia"], []),
    ("northeast-asia", "Northeast Asia", ["North-East Asia", "North East Asia"], []),
    ("central-asia", "Central Asia", [], []),
    ("west-asia", "West Asia", ["Western Asia"], []),
    ("middle-east", "Middle East", ["Mideast", "Near East"], []),
    ("arab-world", "Arab world", ["Arab region", "Arab countries", "Arab states", "Arab World"], []),
    ("mena", "Middle East and North Africa", ["MENA region"], []),
    ("north-africa", "North Africa", ["Northern Africa"], []),
    ("west-africa", "West Africa", ["Western Africa"], []),
    ("east-africa", "East Africa", ["Eastern Africa"], []),
    ("southern-africa", "Southern Africa", [], []),
    ("central-africa", "Central Africa", [], []),
    ("sub-saharan-africa", "Sub-Saharan Africa", ["sub-Saharan Africa", "Subsaharan Africa"], []),
    ("horn-of-africa", "Horn of Africa", [], []),
    ("sahel", "Sahel", ["Sahel region"], []),
    ("maghreb", "Maghreb", [], []),
    ("western-europe", "Western Europe", [], []),
    ("eastern-europe", "Eastern Europe", [], []),
    ("central-europe", "Central Europe", [], []),
    ("central-eastern-europe", "Central and Eastern Europe", ["Central and Eastern European countries", "Central-Eastern Europe"], ["CEE", "CEEC"]),
    ("northern-europe", "Northern Europe", [], []),
    ("southern-europe", "Southern Europe", [], []),
    ("southeastern-europe", "Southeastern Europe", ["South-East Europe", "Southeast Europe"], []),
    ("scandinavia", "Scandinavia", ["Nordic countries", "Nordic region"], []),
    ("baltic-states", "Baltic states", ["Baltic States", "Baltics"], []),
    ("balkans", "Balkans", ["Western Balkans", "Balkan Peninsula"], []),
    ("caucasus", "Caucasus", ["South Caucasus", "North Caucasus", "Transcaucasia"], []),
    ("eurasia", "Eurasia", [], []),
    ("caribbean", "Caribbean", ["Caribbean region", "West Indies"], []),
    ("pacific", "Pacific", ["Pacific region", "Pacific Islands", "South Pacific"], []),
    ("asia-pacific", "Asia-Pacific", ["Asia Pacific", "Asia-Pacific region", "Asia and the Pacific"], []),
    ("indo-pacific", "Indo-Pacific", ["Indo Pacific", "Indo-Pacific region"], []),
    ("global-south", "Global South", [], []),
    ("global-north", "Global North", [], []),
    # "the West": the article is not part of the name, as for "West Bank"
    ("the-west", "West", [], []),
    ("gulf", "Gulf region", ["Gulf states", "Arabian Gulf", "Gulf countries"], []),
    ("levant", "Levant", [], []),
    ("indochina", "Indochina", ["Indochinese Peninsula", "Indo-China"], []),
    ("mekong-region", "Mekong region", ["Mekong subregion", "Mekong Region", "Greater Mekong"], []),
    ("korean-peninsula", "Korean Peninsula", ["Korean peninsula"], []),
    ("malay-peninsula", "Malay Peninsula", [], []),
    ("arabian-peninsula", "Arabian Peninsula", [], []),
    ("iberian-peninsula", "Iberian Peninsula", ["Iberia"], []),
    ("crimea-peninsula", "Crimean Peninsula", [], []),
    ("sinai", "Sinai Peninsula", ["Sinai"], []),
    ("scandinavian-peninsula", "Scandinavian Peninsula", [], []),
    ("borneo", "Borneo", [], []),
    ("java", "Java", ["Java Island"], []),
    ("sumatra", "Sumatra", ["Sumatera"], []),
    ("kalimantan", "Kalimantan", [], []),
    ("sulawesi", "Sulawesi", ["Celebes"], []),
    ("new-guinea", "New Guinea", [], []),
    ("luzon", "Luzon", [], []),
    ("mindanao", "Mindanao", [], []),
    ("visayas", "Visayas", [], []),
    ("hainan-island", "Hainan Island", [], []),
    ("okinawa-island", "Okinawa Island", [], []),
    ("jeju-island", "Jeju Island", [], []),
    ("honshu", "Honshu", [], []),
    ("kyushu", "Kyushu", [], []),
    ("hokkaido-island", "Hokkaido Island", [], []),
    ("siberia", "Siberia", [], []),
    ("russian-far-east", "Russian Far East", ["Far East"], []),
    ("tibetan-plateau", "Qinghai-Tibet Plateau", ["Tibetan Plateau", "Qinghai-Xizang Plateau"], []),
    ("himalayas", "Himalayas", ["Himalaya", "Himalayan region"], []),
    ("mount-everest", "Mount Everest", ["Everest", "Mount Qomolangma", "Qomolangma", "Sagarmatha"], []),
    ("karakoram", "Karakoram", [], []),
    ("hindu-kush", "Hindu Kush", [], []),
    ("pamirs", "Pamirs", ["Pamir Mountains"], []),
    ("tianshan", "Tianshan Mountains", ["Tian Shan", "Tianshan"], []),
    ("alps", "Alps", [], []),
    ("andes", "Andes", [], []),
    ("amazon", "Amazon", ["Amazon rainforest", "Amazon River", "Amazonia"], []),
    ("sahara", "Sahara", ["Sahara Desert"], []),
    ("gobi", "Gobi Desert", ["Gobi"], []),
    ("greater-bay-area", "Guangdong-Hong Kong-Macao Greater Bay Area", ["Greater Bay Area", "Guangdong-Hong Kong-Macau Greater Bay Area"], ["GBA"]),
    ("yangtze-river-delta", "Yangtze River Delta", [], []),
    ("pearl-river-delta", "Pearl River Delta", [], []),
    ("beijing-tianjin-hebei", "Beijing-Tianjin-Hebei region", ["Jing-Jin-Ji", "Beijing-Tianjin-Hebei"], []),
    ("hainan-ftp", "Hainan Free Trade Port", [], []),
    ("xiongan", "Xiong'an New Area", ["Xiongan New Area", "Xiong'an", "Xiongan"], []),
    ("pudong-new-area", "Pudong New Area", [], []),
    ("eec-thailand", "Eastern Economic Corridor", [], []),
    # oceans and seas
    ("pacific-ocean", "Pacific Ocean", [], []),
    ("atlantic-ocean", "Atlantic Ocean", ["Atlantic"], []),
    ("indian-ocean", "Indian Ocean", [], []),
    ("southern-ocean", "Southern Ocean", [], []),
    ("south-china-sea", "South China Sea", ["Nanhai", "South Sea"], ["SCS"]),
    ("east-china-sea", "East China Sea", [], []),
    ("yellow-sea", "Yellow Sea", [], []),
    ("bohai-sea", "Bohai Sea", ["Bohai Bay"], []),
    ("sea-of-japan", "Sea of Japan", ["East Sea"], []),
    ("west-philippine-sea", "West Philippine Sea", [], []),
    ("philippine-sea", "Philippine Sea", [], []),
    ("andaman-sea", "Andaman Sea", [], []),
    ("java-sea", "Java Sea", [], []),
    ("natuna-sea", "North Natuna Sea", ["Natuna Sea"], []),
    ("sulu-sea", "Sulu Sea", [], []),
    ("celebes-sea", "Celebes Sea", [], []),
    ("arabian-sea", "Arabian Sea", [], []),
    ("bay-of-bengal", "Bay of Bengal", [], []),
    ("gulf-of-thailand", "Gulf of Thailand", ["Gulf of Siam"], []),
    ("gulf-of-tonkin", "Gulf of Tonkin", ["Beibu Gulf", "Tonkin Gulf"], []),
    ("red-sea", "Red Sea", [], []),
    ("black-sea", "Black Sea", [], []),
    ("caspian-sea", "Caspian Sea", ["Caspian"], []),
    ("baltic-sea", "Baltic Sea", [], []),
    ("north-sea", "North Sea", [], []),
    ("mediterranean", "Mediterranean", ["Mediterranean Sea"], []),
    ("aegean-sea", "Aegean Sea", ["Aegean"], []),
    ("adriatic-sea", "Adriatic Sea", [], []),
    ("sea-of-azov", "Sea of Azov", [], []),
    ("barents-sea", "Barents Sea", [], []),
    ("dead-sea", "Dead Sea", [], []),
    ("persian-gulf", "Persian Gulf", [], []),
    ("gulf-of-oman", "Gulf of Oman", [], []),
    ("gulf-of-aden", "Gulf of Aden", [], []),
    ("gulf-of-guinea", "Gulf of Guinea", [], []),
    ("gulf-of-mexico", "Gulf of Mexico", [], []),
    ("caribbean-sea", "Caribbean Sea", [], []),
    ("coral-sea", "Coral Sea", [], []),
    ("tasman-sea", "Tasman Sea", [], []),
    # straits, canals
    ("taiwan-strait", "Taiwan Strait", ["Taiwan Straits"], []),
    ("strait-of-malacca", "Strait of Malacca", ["Straits of Malacca", "Malacca Strait"], []),
    ("singapore-strait", "Singapore Strait", ["Strait of Singapore"], []),
    ("strait-of-hormuz", "Strait of Hormuz", ["Hormuz Strait"], []),
    ("bab-el-mandeb", "Bab el-Mandeb", ["Bab al-Mandab", "Bab el-Mandeb Strait"], []),
    ("bosporus", "Bosporus", ["Bosphorus", "Bosphorus Strait", "Turkish Straits"], []),
    ("dardanelles", "Dardanelles", [], []),
    ("kerch-strait", "Kerch Strait", [], []),
    ("strait-of-gibraltar", "Strait of Gibraltar", [], []),
    ("english-channel", "English Channel", [], []),
    ("korea-strait", "Korea Strait", ["Tsushima Strait"], []),
    ("lombok-strait", "Lombok Strait", [], []),
    ("sunda-strait", "Sunda Strait", [], []),
    ("bashi-channel", "Bashi Channel", [], []),
    ("luzon-strait", "Luzon Strait", [], []),
    ("suez-canal", "Suez Canal", [], []),
    ("panama-canal", "Panama Canal", [], []),
    ("kra-canal", "Kra Canal", ["Kra Isthmus"], []),
    # rivers and lakes
    ("mekong", "Mekong", ["Mekong River", "Mekong Delta", "Mekong River Basin"], []),
    ("lancang", "Lancang", ["Lancang River"], []),
    ("lancang-mekong", "Lancang-Mekong", ["Lancang-Mekong River", "Lancang-Mekong region", "Mekong-Lancang"], []),
    ("yangtze", "Yangtze River", ["Yangtze", "Changjiang", "Chang Jiang", "Yangtze River Economic Belt"], []),
    ("yellow-river", "Yellow River", ["Huanghe", "Huang He"], []),
    ("pearl-river", "Pearl River", [], []),
    ("red-river", "Red River", ["Red River Delta"], []),
    ("salween", "Salween", ["Salween River", "Nujiang", "Nu River", "Thanlwin"], []),
    ("irrawaddy", "Irrawaddy", ["Irrawaddy River", "Ayeyarwady River"], []),
    ("brahmaputra", "Brahmaputra", ["Brahmaputra River", "Yarlung Tsangpo", "Yarlung Zangbo"], []),
    ("ganges", "Ganges", ["Ganges River", "Ganga"], []),
    ("indus", "Indus", ["Indus River"], []),
    ("chao-phraya", "Chao Phraya", ["Chao Phraya River"], []),
    ("tonle-sap", "Tonle Sap", ["Tonle Sap Lake"], []),
    ("amur", "Amur River", ["Heilongjiang River"], []),
    ("tumen", "Tumen River", [], []),
    ("yalu", "Yalu River", [], []),
    ("nile", "Nile", ["Nile River", "River Nile", "Blue Nile", "White Nile"], []),
    ("euphrates", "Euphrates", ["Euphrates River"], []),
    ("tigris", "Tigris", ["Tigris River"], []),
    ("jordan-river", "Jordan River", [], []),
    ("danube", "Danube", ["Danube River"], []),
    ("volga", "Volga", ["Volga River"], []),
    ("dnieper", "Dnieper", ["Dnipro River", "Dnieper River"], []),
    ("rhine", "Rhine", ["Rhine River"], []),
    ("mississippi-river", "Mississippi River", [], []),
    ("rio-grande", "Rio Grande", [], []),
    ("lake-baikal", "Lake Baikal", ["Baikal"], []),
    ("aral-sea", "Aral Sea", [], []),
    ("lake-victoria", "Lake Victoria", [], []),
    ("lake-chad", "Lake Chad", [], []),
    ("great-lakes", "Great Lakes region", ["Great Lakes"], []),
    # islands and disputed or special areas
    ("nansha", "Nansha Islands", ["Spratly Islands", "Spratlys", "Nansha Qundao", "Truong Sa"], []),
    ("xisha", "Xisha Islands", ["Paracel Islands", "Paracels", "Hoang Sa"], []),
    ("zhongsha", "Zhongsha Islands", ["Macclesfield Bank"], []),
    ("huangyan", "Huangyan Island", ["Scarborough Shoal", "Huangyan Dao", "Bajo de Masinloc", "Panatag Shoal"], []),
    ("ren-ai-reef", "Ren'ai Jiao", ["Ren'ai Reef", "Second Thomas Shoal", "Ayungin Shoal"], []),
    ("diaoyu", "Diaoyu Islands", ["Diaoyu Dao", "Senkaku Islands", "Senkakus", "Diaoyudao"], []),
    ("dokdo", "Dokdo", ["Takeshima", "Liancourt Rocks"], []),
    ("kuril-islands", "Kuril Islands", ["Kurils", "Northern Territories", "Southern Kurils"], []),
    ("gaza", "Gaza", ["Gaza Strip", "the Gaza Strip"], []),
    ("west-bank", "West Bank", ["the West Bank", "Occupied West Bank"], []),
    ("east-jerusalem", "East Jerusalem", [], []),
    ("golan-heights", "Golan Heights", ["Golan", "the Golan"], []),
    ("kashmir", "Kashmir", ["Kashmir region", "Jammu and Kashmir region"], []),
    ("aksai-chin", "Aksai Chin", [], []),
    ("galwan-valley", "Galwan Valley", ["Galwan"], []),
    ("doklam", "Doklam", ["Donglang"], []),
    ("line-of-control", "Line of Control", [], ["LoC"]),
    ("line-of-actual-control", "Line of Actual Control", [], ["LAC"]),
    ("dmz-korea", "Korean Demilitarized Zone", ["Demilitarized Zone", "Panmunjom", "Panmunjeom"], ["DMZ"]),
    ("donbas", "Donbas", ["Donbass", "Donbas region", "Donbass region"], []),
    ("transnistria", "Transnistria", ["Pridnestrovie", "Transdniestria"], []),
    ("abkhazia", "Abkhazia", [], []),
    ("south-ossetia", "South Ossetia", [], []),
    ("nagorno-karabakh", "Nagorno-Karabakh", ["Karabakh", "Artsakh"], []),
    ("kurdistan", "Kurdistan", ["Kurdistan Region", "Iraqi Kurdistan"], []),
    ("darfur", "Darfur", [], []),
    ("tigray-region", "Tigray", ["Tigray region"], []),
    ("western-sahara-area", "Sahrawi Arab Democratic Republic", ["SADR"], []),
    ("northern-cyprus", "Northern Cyprus", ["Turkish Republic of Northern Cyprus"], ["TRNC"]),
    ("somaliland", "Somaliland", [], []),
    ("rakhine-area", "Arakan", [], []),
    ("greenland-area", "Greenland ice sheet", [], []),
    ("antarctica-peninsula", "Antarctic Peninsula", [], []),
    ("bali-island", "Bali Island", [], []),
    ("natuna", "Natuna Islands", ["Natuna"], []),
    ("andaman-islands", "Andaman Islands", [], []),
    ("mariana-islands", "Mariana Islands", [], []),
    ("solomon-sea", "Solomon Sea", [], []),
    ("timor", "Timor", ["Timor Island"], []),
    ("golden-triangle", "Golden Triangle", [], []),
    ("eurasian-economic-space", "Eurasian continent", [], []),
    ("silk-road", "Silk Road", ["ancient Silk Road", "Maritime Silk Road"], []),
]

# ---------------------------------------------------------------- subdivisions
# Only countries whose iso-codes names are not what English news uses.
# code -> {name, aliases, acronyms, keep}
# keep=True: the subdivision keeps the bare name even if a city shares it
# (the city row is then dropped).
SUBDIVISIONS = {}


def _add(code, name, aliases=(), acronyms=(), keep=False, native=True):
    SUBDIVISIONS[code] = {"name": name, "aliases": list(aliases),
                          "acronyms": list(acronyms), "keep": keep,
                          "native": native}


def _prov(cc, table, suffix="Province", keep=False, extra_suffix=()):
    for code, name, *rest in table:
        aliases = list(rest[0]) if rest else []
        aliases.append(name + " " + suffix)
        for s in extra_suffix:
            aliases.append(name + " " + s)
        _add(cc + "-" + code, name, aliases, keep=keep)


# China ----------------------------------------------------------------
for code, name, al in [
    ("AH", "Anhui", []), ("FJ", "Fujian", []), ("GD", "Guangdong", ["Canton Province"]),
    ("GS", "Gansu", []), ("GZ", "Guizhou", []), ("HA", "Henan", []),
    ("HB", "Hubei", []), ("HE", "Hebei", []), ("HI", "Hainan", []),
    ("HL", "Heilongjiang", []), ("HN", "Hunan", []), ("JL", "Jilin", []),
    ("JS", "Jiangsu", []), ("JX", "Jiangxi", []), ("LN", "Liaoning", []),
    ("QH", "Qinghai", []), ("SC", "Sichuan", []), ("SD", "Shandong", []),
    ("SN", "Shaanxi", []), ("SX", "Shanxi", []), ("YN", "Yunnan", []),
    ("ZJ", "Zhejiang", []),
]:
    _add("CN-" + code, name, al + [name + " Province", name + " Sheng"], keep=True)
for code, name in [("BJ", "Beijing"), ("CQ", "Chongqing"), ("SH", "Shanghai"), ("TJ", "Tianjin")]:
    _add("CN-" + code, name, [name + " Municipality", name + " Shi", name + " City"], keep=True)
_add("CN-GX", "Guangxi", ["Guangxi Zhuang Autonomous Region", "Guangxi Province", "Guangxi Autonomous Region", "Guangxi Zhuangzu Zizhiqu"], keep=True)
_add("CN-NM", "Inner Mongolia", ["Inner Mongolia Autonomous Region", "Nei Mongol", "Nei Menggu", "Inner Mongolia Province"], keep=True)
_add("CN-NX", "Ningxia", ["Ningxia Hui Autonomous Region", "Ningxia Province", "Ningxia Huizu Zizhiqu"], keep=True)
_add("CN-XJ", "Xinjiang", ["Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region", "Xinjiang Province", "Xinjiang Uygur Zizhiqu"], keep=True)
_add("CN-XZ", "Tibet", ["Xizang", "Xizang Autonomous Region", "Tibet Autonomous Region", "Xizang Zizhiqu"], ["TAR"], keep=True)

# Vietnam (the provinces are written by folding the Vietnamese names) ---
VN_MUNI = {
    "HN": ("Hanoi", ["Ha Noi", "Hà Nội", "Hanoi Capital", "Hanoi City"]),
    "SG": ("Ho Chi Minh City", ["Saigon", "Sai Gon", "Thành phố Hồ Chí Minh", "HCM City"], ["HCMC"]),
    "DN": ("Da Nang", ["Danang", "Đà Nẵng", "Da Nang City"]),
    "HP": ("Hai Phong", ["Haiphong", "Hải Phòng", "Hai Phong City"]),
    "CT": ("Can Tho", ["Cần Thơ", "Can Tho City"]),
}
for code, v in VN_MUNI.items():
    _add("VN-" + code, v[0], v[1], v[2] if len(v) > 2 else [], keep=True, native=code != "SG")
VN_PROV = {
    "01": "Lai Chau", "02": "Lao Cai", "03": "Ha Giang", "04": "Cao Bang",
    "05": "Son La", "06": "Yen Bai", "07": "Tuyen Quang", "09": "Lang Son",
    "13": "Quang Ninh", "14": "Hoa Binh", "18": "Ninh Binh", "20": "Thai Binh",
    "21": "Thanh Hoa", "22": "Nghe An", "23": "Ha Tinh", "24": "Quang Binh",
    "25": "Quang Tri", "26": "Thua Thien Hue", "27": "Quang Nam", "28": "Kon Tum",
    "29": "Quang Ngai", "30": "Gia Lai", "31": "Binh Dinh", "32": "Phu Yen",
    "33": "Dak Lak", "34": "Khanh Hoa", "35": "Lam Dong", "36": "Ninh Thuan",
    "37": "Tay Ninh", "39": "Dong Nai", "40": "Binh Thuan", "41": "Long An",
    "43": "Ba Ria-Vung Tau", "44": "An Giang", "45": "Dong Thap", "46": "Tien Giang",
    "47": "Kien Giang", "49": "Vinh Long", "50": "Ben Tre", "51": "Tra Vinh",
    "52": "Soc Trang", "53": "Bac Kan", "54": "Bac Giang", "55": "Bac Lieu",
    "56": "Bac Ninh", "57": "Binh Duong", "58": "Binh Phuoc", "59": "Ca Mau",
    "61": "Hai Duong", "63": "Ha Nam", "66": "Hung Yen", "67": "Nam Dinh",
    "68": "Phu Tho", "69": "Thai Nguyen", "70": "Vinh Phuc", "71": "Dien Bien",
    "72": "Dak Nong", "73": "Hau Giang",
}
VN_ALIAS = {"26": ["Thua Thien-Hue", "Hue Province"], "33": ["Daklak", "Dak Lak"],
            "43": ["Ba Ria - Vung Tau", "Ba Ria Vung Tau"], "72": ["Daknong"],
            "53": ["Bac Can"], "47": ["Kien Giang"]}
for code, name in VN_PROV.items():
    _add("VN-" + code, name, VN_ALIAS.get(code, []) + [name + " Province"])

# Laos ------------------------------------------------------------------
_prov("LA", [
    ("AT", "Attapeu", ["Attapu", "Attopeu"]), ("BK", "Bokeo", []),
    ("BL", "Bolikhamxay", ["Bolikhamsai", "Borikhamxay", "Bolikhamxai", "Borikhamxai"]),
    ("CH", "Champasak", ["Champassak", "Champasack", "Champassack"]),
    ("HO", "Houaphanh", ["Houaphan", "Huaphan", "Hua Phan"]),
    ("KH", "Khammouane", ["Khammouan", "Khammuan"]),
    ("LM", "Luang Namtha", ["Louang Namtha", "Luangnamtha"]),
    ("LP", "Luang Prabang", ["Louangphabang", "Luangprabang", "Louang Phrabang"]),
    ("OU", "Oudomxay", ["Oudomxai", "Oudomsay", "Udomxai"]),
    ("PH", "Phongsaly", ["Phongsali", "Phongsaly"]),
    ("SL", "Salavan", ["Saravane", "Saravan", "Salavane"]),
    ("SV", "Savannakhet", ["Savannakhét"]),
    ("XA", "Xayaboury", ["Xaignabouli", "Sainyabuli", "Xayabouly", "Sayaboury", "Xayabury"]),
    ("XE", "Sekong", ["Xekong", "Xékong"]),
    ("XI", "Xiengkhouang", ["Xieng Khouang", "Xiangkhouang", "Xiengkhuang"]),
    ("XS", "Xaisomboun", ["Xaysomboun", "Saysomboun", "Xaisômboun"]),
])
_add("LA-VI", "Vientiane Province", ["Vientiane province", "Viangchan Province"], native=False)
_add("LA-VT", "Vientiane Capital", ["Vientiane Prefecture", "Vientiane Municipality", "Vientiane capital", "Nakhon Luang Vientiane", "Viangchan Prefecture"], native=False)

# Cambodia --------------------------------------------------------------
_prov("KH", [
    ("1", "Banteay Meanchey", ["Banteay Mean Chey"]), ("10", "Kratie", ["Kracheh"]),
    ("11", "Mondulkiri", ["Mondul Kiri", "Mondolkiri"]), ("13", "Preah Vihear", []),
    ("14", "Prey Veng", []), ("15", "Pursat", ["Pouthisat"]),
    ("16", "Ratanakiri", ["Ratanak Kiri", "Rattanakiri"]), ("17", "Siem Reap", ["Siemreap"]),
    ("18", "Preah Sihanouk", ["Sihanoukville Province"]), ("19", "Stung Treng", ["Steung Treng"]),
    ("2", "Battambang", ["Batdambang"]), ("20", "Svay Rieng", []), ("21", "Takeo", []),
    ("22", "Oddar Meanchey", ["Otdar Mean Chey", "Oddar Mean Chey"]), ("23", "Kep", ["Kep City"]),
    ("24", "Pailin", []), ("25", "Tbong Khmum", ["Tboung Khmum"]),
    ("3", "Kampong Cham", ["Kompong Cham"]), ("4", "Kampong Chhnang", ["Kompong Chhnang"]),
    ("5", "Kampong Speu", ["Kompong Speu"]), ("6", "Kampong Thom", ["Kompong Thom"]),
    ("7", "Kampot", []), ("8", "Kandal", []), ("9", "Koh Kong", ["Kaoh Kong"]),
])
_add("KH-12", "Phnom Penh", ["Phnom Penh Capital", "Phnom Penh City", "Phnom Penh Municipality"], keep=True)

# Thailand -------------------------------------------------------------
_add("TH-10", "Bangkok", ["Krung Thep Maha Nakhon", "Krung Thep", "Bangkok Metropolis", "Bangkok Metropolitan Administration"], ["BMA"], keep=True)
_add("TH-S", "Pattaya", ["Pattaya City", "Phatthaya"], keep=True)
TH_ALIAS = {
    "14": ("Ayutthaya", ["Phra Nakhon Si Ayutthaya"]), "16": ("Lopburi", ["Lop Buri"]),
    "17": ("Sing Buri", ["Singburi"]), "18": ("Chai Nat", ["Chainat"]),
    "20": ("Chonburi", ["Chon Buri"]), "25": ("Prachinburi", ["Prachin Buri"]),
    "31": ("Buriram", ["Buri Ram"]), "33": ("Sisaket", ["Si Sa Ket"]),
    "72": ("Suphanburi", ["Suphan Buri"]), "82": ("Phang Nga", ["Phangnga"]),
    "30": ("Nakhon Ratchasima", ["Korat"]), "27": ("Sa Kaeo", ["Sakaeo"]),
    "39": ("Nong Bua Lamphu", ["Nong Bua Lam Phu"]),
}
TH_NAMES = {
    "11": "Samut Prakan", "12": "Nonthaburi", "13": "Pathum Thani", "15": "Ang Thong",
    "19": "Saraburi", "21": "Rayong", "22": "Chanthaburi", "23": "Trat",
    "24": "Chachoengsao", "26": "Nakhon Nayok", "32": "Surin", "34": "Ubon Ratchathani",
    "35": "Yasothon", "36": "Chaiyaphum", "37": "Amnat Charoen", "38": "Bueng Kan",
    "40": "Khon Kaen", "41": "Udon Thani", "42": "Loei", "43": "Nong Khai",
    "44": "Maha Sarakham", "45": "Roi Et", "46": "Kalasin", "47": "Sakon Nakhon",
    "48": "Nakhon Phanom", "49": "Mukdahan", "50": "Chiang Mai", "51": "Lamphun",
    "52": "Lampang", "53": "Uttaradit", "54": "Phrae", "55": "Nan", "56": "Phayao",
    "57": "Chiang Rai", "58": "Mae Hong Son", "60": "Nakhon Sawan", "61": "Uthai Thani",
    "62": "Kamphaeng Phet", "63": "Tak", "64": "Sukhothai", "65": "Phitsanulok",
    "66": "Phichit", "67": "Phetchabun", "70": "Ratchaburi", "71": "Kanchanaburi",
    "73": "Nakhon Pathom", "74": "Samut Sakhon", "75": "Samut Songkhram",
    "76": "Phetchaburi", "77": "Prachuap Khiri Khan", "80": "Nakhon Si Thammarat",
    "81": "Krabi", "83": "Phuket", "84": "Surat Thani", "85": "Ranong",
    "86": "Chumphon", "90": "Songkhla", "91": "Satun", "92": "Trang",
    "93": "Phatthalung", "94": "Pattani", "95": "Yala", "96": "Narathiwat",
}
for code, (name, al) in TH_ALIAS.items():
    TH_NAMES[code] = (name, al)
for code, v in TH_NAMES.items():
    name, al = (v, []) if isinstance(v, str) else v
    if name in ("Nan", "Tak", "Trang", "Loei", "Yala", "Surin", "Trat"):
        # short or ambiguous bare names: only the "X Province" form
        _add("TH-" + code, name + " Province", al)
    else:
        _add("TH-" + code, name, al + [name + " Province"])

# Indonesia (provinces, which iso-codes lists under geographical units) ---
for code, name, al, acr in [
    ("AC", "Aceh", ["Nanggroe Aceh Darussalam", "Aceh Province"], []),
    ("BA", "Bali", ["Bali Province"], []),
    ("BB", "Bangka Belitung Islands", ["Bangka Belitung", "Kepulauan Bangka Belitung", "Bangka-Belitung"], ["Babel"]),
    ("BE", "Bengkulu", ["Bengkulu Province"], []),
    ("BT", "Banten", ["Banten Province"], []),
    ("GO", "Gorontalo", ["Gorontalo Province"], []),
    ("JA", "Jambi", ["Jambi Province"], []),
    ("JB", "West Java", ["Jawa Barat", "West Java Province"], ["Jabar"]),
    ("JI", "East Java", ["Jawa Timur", "East Java Province"], ["Jatim"]),
    ("JT", "Central Java", ["Jawa Tengah", "Central Java Province"], ["Jateng"]),
    ("KB", "West Kalimantan", ["Kalimantan Barat", "West Kalimantan Province"], ["Kalbar"]),
    ("KI", "East Kalimantan", ["Kalimantan Timur", "East Kalimantan Province"], ["Kaltim"]),
    ("KR", "Riau Islands", ["Kepulauan Riau", "Riau Islands Province"], ["Kepri"]),
    ("KS", "South Kalimantan", ["Kalimantan Selatan", "South Kalimantan Province"], ["Kalsel"]),
    ("KT", "Central Kalimantan", ["Kalimantan Tengah", "Central Kalimantan Province"], ["Kalteng"]),
    ("KU", "North Kalimantan", ["Kalimantan Utara", "North Kalimantan Province"], ["Kaltara"]),
    ("LA", "Lampung", ["Lampung Province"], []),
    ("MA", "Maluku", ["Moluccas", "Maluku Province"], []),
    ("MU", "North Maluku", ["Maluku Utara", "North Maluku Province"], []),
    ("NB", "West Nusa Tenggara", ["Nusa Tenggara Barat", "West Nusa Tenggara Province"], ["NTB"]),
    ("NT", "East Nusa Tenggara", ["Nusa Tenggara Timur", "East Nusa Tenggara Province"], ["NTT"]),
    ("PA", "Papua", ["Papua Province"], []),
    ("PB", "West Papua", ["Papua Barat", "West Papua Province"], []),
    ("RI", "Riau", ["Riau Province"], []),
    ("SA", "North Sulawesi", ["Sulawesi Utara", "North Sulawesi Province"], ["Sulut"]),
    ("SB", "West Sumatra", ["Sumatera Barat", "West Sumatra Province"], ["Sumbar"]),
    ("SG", "Southeast Sulawesi", ["Sulawesi Tenggara", "South East Sulawesi", "Southeast Sulawesi Province"], ["Sultra"]),
    ("SN", "South Sulawesi", ["Sulawesi Selatan", "South Sulawesi Province"], ["Sulsel"]),
    ("SR", "West Sulawesi", ["Sulawesi Barat", "West Sulawesi Province"], ["Sulbar"]),
    ("SS", "South Sumatra", ["Sumatera Selatan", "South Sumatra Province"], ["Sumsel"]),
    ("ST", "Central Sulawesi", ["Sulawesi Tengah", "Central Sulawesi Province"], ["Sulteng"]),
    ("SU", "North Sumatra", ["Sumatera Utara", "North Sumatra Province"], ["Sumut"]),
    ("YO", "Special Region of Yogyakarta", ["Yogyakarta Special Region", "Daerah Istimewa Yogyakarta", "Yogyakarta Province"], []),
]:
    _add("ID-" + code, name, al, acr)
_add("ID-JK", "Jakarta", ["Jakarta Raya", "DKI Jakarta", "Special Capital Region of Jakarta", "Greater Jakarta"], ["DKI"], keep=True)

# Malaysia -------------------------------------------------------------
for code, name, al in [
    ("01", "Johor", ["Johore"]), ("02", "Kedah", []), ("03", "Kelantan", []),
    ("04", "Malacca", ["Melaka", "Malacca State", "Melaka State"]), ("05", "Negeri Sembilan", ["Negri Sembilan"]),
    ("06", "Pahang", []), ("07", "Penang", ["Pulau Pinang", "Penang State"]), ("08", "Perak", []),
    ("09", "Perlis", []), ("10", "Selangor", []), ("11", "Terengganu", ["Trengganu"]),
    ("12", "Sabah", []), ("13", "Sarawak", []),
]:
    _add("MY-" + code, name, al + [name + " State"])
_add("MY-14", "Kuala Lumpur", ["Federal Territory of Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur"], ["KL"], keep=True)
_add("MY-15", "Labuan", ["Federal Territory of Labuan", "Wilayah Persekutuan Labuan"], keep=True)
_add("MY-16", "Putrajaya", ["Federal Territory of Putrajaya", "Wilayah Persekutuan Putrajaya"], keep=True)

# Philippines (regions; provinces are added from iso-codes) -----------
for code, name, al, acr in [
    ("00", "Metro Manila", ["National Capital Region"], ["NCR"]),
    ("01", "Ilocos Region", ["Region I", "Region 1"], []),
    ("02", "Cagayan Valley", ["Region II", "Region 2"], []),
    ("03", "Central Luzon", ["Region III", "Region 3"], []),
    ("05", "Bicol Region", ["Region V", "Bicol", "Region 5"], []),
    ("06", "Western Visayas", ["Region VI", "Region 6"], []),
    ("07", "Central Visayas", ["Region VII", "Region 7"], []),
    ("08", "Eastern Visayas", ["Region VIII", "Region 8"], []),
    ("09", "Zamboanga Peninsula", ["Region IX", "Region 9"], []),
    ("10", "Northern Mindanao", ["Region X", "Region 10"], []),
    ("11", "Davao Region", ["Region XI", "Region 11"], []),
    ("12", "Soccsksargen", ["SOCCSKSARGEN", "Region XII", "Region 12"], []),
    ("13", "Caraga", ["Caraga Region", "Region XIII", "Region 13"], []),
    ("14", "Bangsamoro Autonomous Region in Muslim Mindanao", ["Bangsamoro", "Bangsamoro region", "Autonomous Region in Muslim Mindanao"], ["BARMM", "ARMM"]),
    ("15", "Cordillera Administrative Region", ["Cordillera"], ["CAR"]),
    ("40", "Calabarzon", ["CALABARZON", "Region IV-A"], []),
    ("41", "Mimaropa", ["MIMAROPA", "Region IV-B"], []),
]:
    _add("PH-" + code, name, al, acr)
for code in ("ANT", "AUR", "QUE", "RIZ", "ISA", "KAL", "LAG", "CAP", "ABR", "BAN",
             "LEY", "SAM", "SUL", "MAS", "BOH", "CEB", "ILI", "PAM", "ZMB", "BTG", "CAV",
             "BUL", "TAR", "PLW", "BAS", "SLU", "TAW", "MAG", "NCO", "BEN", "WSA"):
    pass  # handled by PH_PROVINCE_FIX below
PH_PROVINCE_FIX = {
    "PH-ANT": ("Antique Province", []), "PH-AUR": ("Aurora Province", []),
    "PH-QUE": ("Quezon Province", []), "PH-RIZ": ("Rizal Province", []),
    "PH-ISA": ("Isabela Province", []), "PH-KAL": ("Kalinga Province", []),
    "PH-LAG": ("Laguna Province", ["Laguna"]), "PH-WSA": ("Samar Province", ["Western Samar"]),
    "PH-MDC": ("Occidental Mindoro", ["Mindoro Occidental"]),
    "PH-MDR": ("Oriental Mindoro", ["Mindoro Oriental"]),
    "PH-COM": ("Davao de Oro", ["Compostela Valley"]),
    "PH-NCO": ("Cotabato", ["North Cotabato", "Cotabato Province"]),
    "PH-MOU": ("Mountain Province", []),
    "PH-MAG": ("Maguindanao", ["Maguindanao Province"]),
}
for code, (name, al) in PH_PROVINCE_FIX.items():
    _add(code, name, al)

# Myanmar --------------------------------------------------------------
for code, name, bare in [("01", "Sagaing", True), ("02", "Bago", True), ("03", "Magway", True),
                         ("04", "Mandalay", True), ("05", "Tanintharyi", True), ("06", "Yangon", True),
                         ("07", "Ayeyarwady", True)]:
    al = [name] if bare else []
    if name == "Ayeyarwady":
        al += ["Irrawaddy Region", "Ayeyarwaddy Region"]
    if name == "Tanintharyi":
        al += ["Tenasserim"]
    if name == "Bago":
        al += ["Pegu"]
    if name == "Magway":
        al += ["Magwe", "Magwe Region"]
    _add("MM-" + code, name + " Region", al)
for code, name, bare, al in [("11", "Kachin", True, []), ("12", "Kayah", True, ["Karenni", "Karenni State"]),
                             ("13", "Kayin", True, ["Karen State"]), ("14", "Chin", False, []),
                             ("15", "Mon", False, []), ("16", "Rakhine", True, ["Arakan State"]),
                             ("17", "Shan", True, [])]:
    _add("MM-" + code, name + " State", ([name] if bare else []) + al)
_add("MM-18", "Nay Pyi Taw", ["Naypyidaw", "Naypyitaw", "Nay Pyi Taw Union Territory", "Naypyidaw Union Territory", "Naypyitaw Union Territory", "Nay Pyi Taw Council Area"], keep=True)

# India ------------------------------------------------------------------
_add("IN-DL", "Delhi", ["National Capital Territory of Delhi", "NCT of Delhi", "Delhi NCR"], ["NCT"], keep=True)
_add("IN-JK", "Jammu and Kashmir", ["Jammu & Kashmir", "Jammu-Kashmir", "Indian-administered Kashmir", "Indian-controlled Kashmir"], ["J&K"])
_add("IN-LA", "Ladakh", [])
_add("IN-AN", "Andaman and Nicobar Islands", ["Andaman & Nicobar Islands", "Andaman and Nicobar"], [])
_add("IN-DH", "Dadra and Nagar Haveli and Daman and Diu", [])
_add("IN-OR", "Odisha", ["Orissa"])
_add("IN-UT", "Uttarakhand", ["Uttaranchal"])
_add("IN-PY", "Puducherry", ["Pondicherry"])
_add("IN-CT", "Chhattisgarh", [])
_add("IN-TG", "Telangana", [])
_add("IN-TN", "Tamil Nadu", [])
_add("IN-KA", "Karnataka", [])
_add("IN-MH", "Maharashtra", [])
_add("IN-GJ", "Gujarat", [])
_add("IN-RJ", "Rajasthan", [])
_add("IN-BR", "Bihar", [])
_add("IN-HR", "Haryana", [])
_add("IN-HP", "Himachal Pradesh", [])
_add("IN-JH", "Jharkhand", [])
_add("IN-AR", "Arunachal Pradesh", ["Zangnan", "South Tibet"])
_add("IN-NL", "Nagaland", [])
_add("IN-ML", "Meghalaya", [])
_add("IN-CH", "Chandigarh", [], keep=True)

# Pakistan ---------------------------------------------------------------
_add("PK-BA", "Balochistan", ["Baluchistan", "Balochistan Province"])
_add("PK-GB", "Gilgit-Baltistan", ["Gilgit Baltistan"], ["GB"])
_add("PK-IS", "Islamabad Capital Territory", ["Islamabad Capital Territory"], ["ICT"])
_add("PK-JK", "Azad Jammu and Kashmir", ["Azad Kashmir", "Pakistan-administered Kashmir", "Pakistan-controlled Kashmir", "Azad Jammu & Kashmir"], ["AJK"])
_add("PK-KP", "Khyber Pakhtunkhwa", ["Khyber-Pakhtunkhwa", "Khyber Pakhtunkhwa Province", "North-West Frontier Province"], ["KP", "NWFP"])
_add("PK-PB", "Punjab", ["Punjab Province", "Punjab province"])
_add("PK-SD", "Sindh", ["Sindh Province", "Sind"])

# Nepal ------------------------------------------------------------------
for code, name, al in [
    ("P1", "Koshi Province", ["Koshi", "Province No. 1", "Province 1"]),
    ("P2", "Madhesh Province", ["Madhesh", "Province No. 2", "Province 2"]),
    ("P3", "Bagmati Province", ["Bagmati"]),
    ("P4", "Gandaki Province", ["Gandaki"]),
    ("P5", "Lumbini Province", ["Province No. 5", "Province 5"]),
    ("P6", "Karnali Province", ["Karnali"]),
    ("P7", "Sudurpashchim Province", ["Sudurpaschim Province", "Sudurpashchim", "Far-Western Province", "Far Western Province"]),
]:
    _add("NP-" + code, name, al)
SUBDIV_SKIP = {"NP-1", "NP-2", "NP-3", "NP-4", "NP-5", "CN-TW", "CN-HK", "CN-MO",
               "US-GA", "ID-JW", "ID-KA", "ID-ML", "ID-NU", "ID-PP", "ID-SL", "ID-SM"}

# Sri Lanka ---------------------------------------------------------------
for code, name in [("1", "Western"), ("2", "Central"), ("3", "Southern"), ("4", "Northern"),
                   ("5", "Eastern"), ("6", "North Western"), ("7", "North Central"),
                   ("8", "Uva"), ("9", "Sabaragamuwa")]:
    _add("LK-" + code, name + " Province", [name + " Province of Sri Lanka"] if name not in ("Uva", "Sabaragamuwa") else [name])

# Bangladesh ---------------------------------------------------------------
for code, name, al in [("A", "Barishal", ["Barisal"]), ("B", "Chattogram", ["Chittagong"]),
                       ("C", "Dhaka", []), ("D", "Khulna", []), ("E", "Rajshahi", []),
                       ("F", "Rangpur", []), ("G", "Sylhet", []), ("H", "Mymensingh", [])]:
    _add("BD-" + code, name + " Division", [a + " Division" for a in al])

# Japan ------------------------------------------------------------------
_add("JP-13", "Tokyo", ["Tokyo Metropolis", "Tokyo Metropolitan Prefecture", "Tokyo Prefecture", "Tokyo-to"], keep=True)
_add("JP-01", "Hokkaido", ["Hokkaido Prefecture"])
_add("JP-47", "Okinawa", ["Okinawa Prefecture"])
_add("JP-28", "Hyogo", ["Hyogo Prefecture", "Hyōgo"])
_add("JP-39", "Kochi", ["Kochi Prefecture", "Kōchi"])
_add("JP-44", "Oita", ["Oita Prefecture", "Ōita"])
_add("JP-41", "Saga Prefecture", [])
_add("JP-24", "Mie Prefecture", [])
_add("JP-29", "Nara Prefecture", ["Nara"])
for code, name in [("02", "Aomori"), ("03", "Iwate"), ("04", "Miyagi"), ("05", "Akita"),
                   ("06", "Yamagata"), ("07", "Fukushima"), ("08", "Ibaraki"), ("09", "Tochigi"),
                   ("10", "Gunma"), ("11", "Saitama"), ("12", "Chiba"), ("14", "Kanagawa"),
                   ("15", "Niigata"), ("16", "Toyama"), ("17", "Ishikawa"), ("18", "Fukui"),
                   ("19", "Yamanashi"), ("20", "Nagano"), ("21", "Gifu"), ("22", "Shizuoka"),
                   ("23", "Aichi"), ("25", "Shiga"), ("26", "Kyoto"), ("27", "Osaka"),
                   ("30", "Wakayama"), ("31", "Tottori"), ("32", "Shimane"), ("33", "Okayama"),
                   ("34", "Hiroshima"), ("35", "Yamaguchi"), ("36", "Tokushima"), ("37", "Kagawa"),
                   ("38", "Ehime"), ("40", "Fukuoka"), ("42", "Nagasaki"), ("43", "Kumamoto"),
                   ("45", "Miyazaki"), ("46", "Kagoshima")]:
    _add("JP-" + code, name, [name + " Prefecture"])

# South Korea ------------------------------------------------------------
for code, name, al in [("11", "Seoul", ["Seoul Special City", "Seoul Metropolitan City"]),
                       ("26", "Busan", ["Pusan", "Busan Metropolitan City"]),
                       ("27", "Daegu", ["Taegu", "Daegu Metropolitan City"]),
                       ("28", "Incheon", ["Inchon", "Incheon Metropolitan City"]),
                       ("29", "Gwangju", ["Kwangju", "Gwangju Metropolitan City"]),
                       ("30", "Daejeon", ["Taejon", "Daejeon Metropolitan City"]),
                       ("31", "Ulsan", ["Ulsan Metropolitan City"]),
                       ("50", "Sejong", ["Sejong City", "Sejong Special Self-Governing City"])]:
    _add("KR-" + code, name, al, keep=True)
for code, name, al in [("41", "Gyeonggi Province", ["Gyeonggi", "Gyeonggi-do", "Kyonggi"]),
                       ("42", "Gangwon Province", ["Gangwon", "Gangwon-do", "Gangwon State", "Kangwon Province (South Korea)"]),
                       ("43", "North Chungcheong Province", ["North Chungcheong", "Chungcheongbuk-do", "Chungbuk"]),
                       ("44", "South Chungcheong Province", ["South Chungcheong", "Chungcheongnam-do", "Chungnam"]),
                       ("45", "North Jeolla Province", ["North Jeolla", "Jeollabuk-do", "Jeonbuk", "Jeonbuk State"]),
                       ("46", "South Jeolla Province", ["South Jeolla", "Jeollanam-do", "Jeonnam"]),
                       ("47", "North Gyeongsang Province", ["North Gyeongsang", "Gyeongsangbuk-do", "Gyeongbuk"]),
                       ("48", "South Gyeongsang Province", ["South Gyeongsang", "Gyeongsangnam-do", "Gyeongnam"]),
                       ("49", "Jeju Province", ["Jeju", "Jeju Special Self-Governing Province", "Jeju-do", "Cheju"])]:
    _add("KR-" + code, name, al)

# North Korea -------------------------------------------------------------
_add("KP-01", "Pyongyang", ["P'yongyang", "Pyongyang Capital City", "Pyongyang City"], keep=True)
for code, name, al in [("02", "South Pyongan Province", ["South Phyongan Province", "South Pyongan"]),
                       ("03", "North Pyongan Province", ["North Phyongan Province", "North Pyongan"]),
                       ("04", "Chagang Province", ["Jagang Province", "Chagang"]),
                       ("05", "South Hwanghae Province", ["South Hwanghae"]),
                       ("06", "North Hwanghae Province", ["North Hwanghae"]),
                       ("07", "Kangwon Province", ["Kangwon"]),
                       ("08", "South Hamgyong Province", ["South Hamgyong"]),
                       ("09", "North Hamgyong Province", ["North Hamgyong"]),
                       ("10", "Ryanggang Province", ["Ryanggang", "Yanggang Province"]),
                       ("13", "Rason", ["Rason City", "Rason Special City", "Rajin-Sonbong"]),
                       ("14", "Nampho", ["Nampo", "Nampho City"])]:
    _add("KP-" + code, name, al, keep=code in ("13", "14"))

# Russia -----------------------------------------------------------------
_add("RU-MOW", "Moscow", ["Moskva", "Moscow City"], keep=True)
_add("RU-SPE", "Saint Petersburg", ["St. Petersburg", "St Petersburg", "Sankt-Peterburg", "Petersburg"], keep=True)
RU = [
    ("AD", "Adygea", ["Republic of Adygea", "Adygeya"]), ("AL", "Altai Republic", ["Republic of Altai", "Gorno-Altai"]),
    ("ALT", "Altai Krai", ["Altai Territory", "Altai region"]), ("AMU", "Amur Oblast", ["Amur Region", "Amur region"]),
    ("ARK", "Arkhangelsk Oblast", ["Arkhangelsk Region", "Arkhangelsk region"]),
    ("AST", "Astrakhan Oblast", ["Astrakhan Region", "Astrakhan region"]),
    ("BA", "Bashkortostan", ["Republic of Bashkortostan", "Bashkiria"]),
    ("BEL", "Belgorod Oblast", ["Belgorod Region", "Belgorod region"]),
    ("BRY", "Bryansk Oblast", ["Bryansk Region", "Bryansk region"]),
    ("BU", "Buryatia", ["Republic of Buryatia", "Buryatiya"]),
    ("CE", "Chechnya", ["Chechen Republic", "Chechnia"]),
    ("CHE", "Chelyabinsk Oblast", ["Chelyabinsk Region", "Chelyabinsk region"]),
    ("CHU", "Chukotka", ["Chukotka Autonomous Okrug", "Chukotka Autonomous Area"]),
    ("CU", "Chuvashia", ["Chuvash Republic", "Chuvashiya"]),
    ("DA", "Dagestan", ["Republic of Dagestan", "Daghestan"]),
    ("IN", "Ingushetia", ["Republic of Ingushetia"]),
    ("IRK", "Irkutsk Oblast", ["Irkutsk Region", "Irkutsk region"]),
    ("IVA", "Ivanovo Oblast", ["Ivanovo Region", "Ivanovo region"]),
    ("KAM", "Kamchatka Krai", ["Kamchatka", "Kamchatka Territory", "Kamchatka region"]),
    ("KB", "Kabardino-Balkaria", ["Kabardino-Balkar Republic"]),
    ("KC", "Karachay-Cherkessia", ["Karachay-Cherkess Republic"]),
    ("KDA", "Krasnodar Krai", ["Krasnodar Territory", "Krasnodar region", "Kuban"]),
    ("KEM", "Kemerovo Oblast", ["Kemerovo Region", "Kemerovo region", "Kuzbass"]),
    ("KGD", "Kaliningrad Oblast", ["Kaliningrad Region", "Kaliningrad region"]),
    ("KGN", "Kurgan Oblast", ["Kurgan Region", "Kurgan region"]),
    ("KHA", "Khabarovsk Krai", ["Khabarovsk Territory", "Khabarovsk region"]),
    ("KHM", "Khanty-Mansi Autonomous Okrug", ["Khanty-Mansiysk Autonomous Okrug", "Yugra", "Khanty-Mansi Autonomous Area"]),
    ("KIR", "Kirov Oblast", ["Kirov Region", "Kirov region"]),
    ("KK", "Khakassia", ["Republic of Khakassia", "Khakasia"]),
    ("KL", "Kalmykia", ["Republic of Kalmykia"]),
    ("KLU", "Kaluga Oblast", ["Kaluga Region", "Kaluga region"]),
    ("KO", "Komi Republic", ["Komi"]),
    ("KOS", "Kostroma Oblast", ["Kostroma Region", "Kostroma region"]),
    ("KR", "Karelia", ["Republic of Karelia"]),
    ("KRS", "Kursk Oblast", ["Kursk Region", "Kursk region"]),
    ("KYA", "Krasnoyarsk Krai", ["Krasnoyarsk Territory", "Krasnoyarsk region"]),
    ("LEN", "Leningrad Oblast", ["Leningrad Region", "Leningrad region"]),
    ("LIP", "Lipetsk Oblast", ["Lipetsk Region", "Lipetsk region"]),
    ("MAG", "Magadan Oblast", ["Magadan Region", "Magadan region"]),
    ("ME", "Mari El", ["Mari El Republic"]),
    ("MO", "Mordovia", ["Republic of Mordovia"]),
    ("MOS", "Moscow Oblast", ["Moscow Region", "Moscow region"]),
    ("MUR", "Murmansk Oblast", ["Murmansk Region", "Murmansk region"]),
    ("NEN", "Nenets Autonomous Okrug", ["Nenets Autonomous Area"]),
    ("NGR", "Novgorod Oblast", ["Novgorod Region", "Novgorod region"]),
    ("NIZ", "Nizhny Novgorod Oblast", ["Nizhny Novgorod Region", "Nizhny Novgorod region"]),
    ("NVS", "Novosibirsk Oblast", ["Novosibirsk Region", "Novosibirsk region"]),
    ("OMS", "Omsk Oblast", ["Omsk Region", "Omsk region"]),
    ("ORE", "Orenburg Oblast", ["Orenburg Region", "Orenburg region"]),
    ("ORL", "Oryol Oblast", ["Oryol Region", "Oryol region", "Orel Oblast"]),
    ("PER", "Perm Krai", ["Perm Territory", "Perm region"]),
    ("PNZ", "Penza Oblast", ["Penza Region", "Penza region"]),
    ("PRI", "Primorsky Krai", ["Primorye", "Primorsky Territory", "Primorye Territory", "Primorsky region"]),
    ("PSK", "Pskov Oblast", ["Pskov Region", "Pskov region"]),
    ("ROS", "Rostov Oblast", ["Rostov Region", "Rostov region"]),
    ("RYA", "Ryazan Oblast", ["Ryazan Region", "Ryazan region"]),
    ("SA", "Sakha Republic", ["Yakutia", "Republic of Sakha", "Sakha (Yakutia)", "Republic of Sakha (Yakutia)"]),
    ("SAK", "Sakhalin Oblast", ["Sakhalin Region", "Sakhalin region", "Sakhalin"]),
    ("SAM", "Samara Oblast", ["Samara Region", "Samara region"]),
    ("SAR", "Saratov Oblast", ["Saratov Region", "Saratov region"]),
    ("SE", "North Ossetia-Alania", ["North Ossetia", "Republic of North Ossetia-Alania"]),
    ("SMO", "Smolensk Oblast", ["Smolensk Region", "Smolensk region"]),
    ("STA", "Stavropol Krai", ["Stavropol Territory", "Stavropol region"]),
    ("SVE", "Sverdlovsk Oblast", ["Sverdlovsk Region", "Sverdlovsk region"]),
    ("TA", "Tatarstan", ["Republic of Tatarstan"]),
    ("TAM", "Tambov Oblast", ["Tambov Region", "Tambov region"]),
    ("TOM", "Tomsk Oblast", ["Tomsk Region", "Tomsk region"]),
    ("TUL", "Tula Oblast", ["Tula Region", "Tula region"]),
    ("TVE", "Tver Oblast", ["Tver Region", "Tver region"]),
    ("TY", "Tuva", ["Tyva", "Republic of Tuva", "Tyva Republic"]),
    ("TYU", "Tyumen Oblast", ["Tyumen Region", "Tyumen region"]),
    ("UD", "Udmurtia", ["Udmurt Republic"]),
    ("ULY", "Ulyanovsk Oblast", ["Ulyanovsk Region", "Ulyanovsk region"]),
    ("VGG", "Volgograd Oblast", ["Volgograd Region", "Volgograd region"]),
    ("VLA", "Vladimir Oblast", ["Vladimir Region", "Vladimir region"]),
    ("VLG", "Vologda Oblast", ["Vologda Region", "Vologda region"]),
    ("VOR", "Voronezh Oblast", ["Voronezh Region", "Voronezh region"]),
    ("YAN", "Yamalo-Nenets Autonomous Okrug", ["Yamal", "Yamalo-Nenets Autonomous Area"]),
    ("YAR", "Yaroslavl Oblast", ["Yaroslavl Region", "Yaroslavl region"]),
    ("YEV", "Jewish Autonomous Oblast", ["Jewish Autonomous Region"]),
    ("ZAB", "Zabaykalsky Krai", ["Zabaikalsky Krai", "Trans-Baikal Territory", "Transbaikal region"]),
]
for code, name, al in RU:
    _add("RU-" + code, name, al, native=False)

# Ukraine ------------------------------------------------------------------
_add("UA-30", "Kyiv", ["Kiev", "Kyiv City"], keep=True)
_add("UA-40", "Sevastopol", ["Sebastopol"], keep=True)
_add("UA-43", "Crimea", ["Autonomous Republic of Crimea", "Republic of Crimea", "Krym"])
for code, name, al in [
    ("05", "Vinnytsia", ["Vinnitsa"]), ("07", "Volyn", []), ("09", "Luhansk", ["Lugansk"]),
    ("12", "Dnipropetrovsk", []), ("14", "Donetsk", []), ("18", "Zhytomyr", []),
    ("21", "Zakarpattia", ["Transcarpathia"]), ("23", "Zaporizhzhia", ["Zaporozhye", "Zaporizhia"]),
    ("26", "Ivano-Frankivsk", []), ("32", "Kyiv", ["Kiev"]), ("35", "Kirovohrad", []),
    ("46", "Lviv", []), ("48", "Mykolaiv", ["Nikolaev"]), ("51", "Odesa", ["Odessa"]),
    ("53", "Poltava", []), ("56", "Rivne", []), ("59", "Sumy", []), ("61", "Ternopil", []),
    ("63", "Kharkiv", ["Kharkov"]), ("65", "Kherson", []), ("68", "Khmelnytskyi", []),
    ("71", "Cherkasy", []), ("74", "Chernihiv", []), ("77", "Chernivtsi", []),
]:
    aliases = []
    for n in [name] + al:
        aliases += [n + " Region", n + " region", n + " Oblast"]
    aliases.remove(name + " Oblast")
    _add("UA-" + code, name + " Oblast", aliases, native=False)

# Europe, Middle East, Central Asia: English exonyms ----------------------
for code, name, al in [
    ("DE-BY", "Bavaria", ["Bayern", "Free State of Bavaria"]), ("DE-NI", "Lower Saxony", ["Niedersachsen"]),
    ("DE-NW", "North Rhine-Westphalia", ["Nordrhein-Westfalen", "North Rhine Westphalia"]),
    ("DE-RP", "Rhineland-Palatinate", ["Rheinland-Pfalz"]), ("DE-SN", "Saxony", ["Sachsen"]),
    ("DE-ST", "Saxony-Anhalt", ["Sachsen-Anhalt"]), ("DE-TH", "Thuringia", ["Thüringen"]),
    ("DE-HE", "Hesse", ["Hessen"]), ("DE-MV", "Mecklenburg-Western Pomerania", ["Mecklenburg-Vorpommern"]),
    ("DE-BW", "Baden-Württemberg", []),
    ("IT-21", "Piedmont", ["Piemonte"]), ("IT-23", "Aosta Valley", ["Valle d'Aosta"]),
    ("IT-25", "Lombardy", ["Lombardia"]), ("IT-32", "Trentino-South Tyrol", ["Trentino-Alto Adige"]),
    ("IT-52", "Tuscany", ["Toscana"]), ("IT-75", "Apulia", ["Puglia"]),
    ("IT-82", "Sicily", ["Sicilia"]), ("IT-88", "Sardinia", ["Sardegna"]),
    ("ES-AN", "Andalusia", ["Andalucía"]), ("ES-AR", "Aragon", ["Aragón"]),
    ("ES-CL", "Castile and Leon", ["Castilla y León"]), ("ES-CN", "Canary Islands", ["Canarias"]),
    ("ES-CT", "Catalonia", ["Catalunya", "Cataluña"]), ("ES-IB", "Balearic Islands", ["Illes Balears"]),
    ("ES-MD", "Community of Madrid", ["Madrid region"]), ("ES-NC", "Navarre", ["Navarra"]),
    ("ES-PV", "Basque Country", ["Euskadi", "País Vasco"]), ("ES-VC", "Valencian Community", ["Comunitat Valenciana"]),
    ("ES-MC", "Region of Murcia", ["Murcia region"]), ("ES-AS", "Asturias", ["Principality of Asturias"]),
    ("BE-BRU", "Brussels-Capital Region", ["Brussels Capital Region"]),
    ("BE-VLG", "Flanders", ["Flemish Region", "Vlaanderen"]), ("BE-WAL", "Wallonia", ["Walloon Region", "Wallonie"]),
    ("AT-2", "Carinthia", ["Kärnten"]), ("AT-3", "Lower Austria", ["Niederösterreich"]),
    ("AT-4", "Upper Austria", ["Oberösterreich"]), ("AT-6", "Styria", ["Steiermark"]),
    ("AT-7", "Tyrol", ["Tirol"]), ("AT-9", "Vienna", ["Wien"]),
    ("CH-GE", "Geneva", ["Canton of Geneva", "Genève"]), ("CH-ZH", "Zurich", ["Canton of Zurich", "Zürich"]),
    ("CH-BE", "Bern", ["Canton of Bern", "Berne"]), ("CH-VD", "Vaud", ["Canton of Vaud"]),
    ("CH-LU", "Lucerne", ["Luzern"]), ("CH-FR", "Fribourg", ["Freiburg"]),
    ("GB-WLS", "Wales", ["Cymru"]),
    ("FR-BRE", "Brittany", ["Bretagne"]), ("FR-NOR", "Normandy", ["Normandie"]),
    ("FR-20R", "Corsica", ["Corse"]), ("FR-BFC", "Bourgogne-Franche-Comté", ["Burgundy-Franche-Comté"]),
    ("FR-NC", "New Caledonia", ["Nouvelle-Calédonie"]), ("FR-PF", "French Polynesia", ["Polynésie française"]),
    ("FR-GF", "French Guiana", ["Guyane"]), ("FR-GES", "Grand Est", ["Grand-Est"]),
    ("FR-PAC", "Provence-Alpes-Côte d'Azur", ["Provence-Alpes-Côte-d’Azur", "PACA"]),
    ("FR-OCC", "Occitania", ["Occitanie"]), ("FR-PDL", "Pays de la Loire", ["Pays-de-la-Loire"]),
    ("MX-CMX", "Mexico City", ["Ciudad de México", "CDMX"]), ("MX-MEX", "State of Mexico", ["Estado de México"]),
    ("MX-COA", "Coahuila", ["Coahuila de Zaragoza"]), ("MX-MIC", "Michoacán", ["Michoacan", "Michoacán de Ocampo"]),
    ("MX-VER", "Veracruz", ["Veracruz de Ignacio de la Llave"]),
    ("BR-DF", "Federal District", ["Distrito Federal"]),
    ("IR-00", "Markazi Province", ["Markazi"]), ("IR-01", "Gilan Province", ["Gilan"]),
    ("IR-02", "Mazandaran Province", ["Mazandaran"]), ("IR-03", "East Azerbaijan Province", ["East Azerbaijan"]),
    ("IR-04", "West Azerbaijan Province", ["West Azerbaijan"]), ("IR-05", "Kermanshah Province", []),
    ("IR-06", "Khuzestan Province", ["Khuzestan"]), ("IR-07", "Fars Province", ["Fars"]),
    ("IR-08", "Kerman Province", []), ("IR-09", "Razavi Khorasan Province", ["Razavi Khorasan", "Khorasan Razavi"]),
    ("IR-10", "Isfahan Province", ["Esfahan Province"]), ("IR-11", "Sistan and Baluchestan Province", ["Sistan and Baluchestan", "Sistan-Baluchestan"]),
    ("IR-12", "Kurdistan Province", []), ("IR-13", "Hamadan Province", []),
    ("IR-14", "Chaharmahal and Bakhtiari Province", ["Chaharmahal and Bakhtiari"]), ("IR-15", "Lorestan Province", ["Lorestan"]),
    ("IR-16", "Ilam Province", []), ("IR-17", "Kohgiluyeh and Boyer-Ahmad Province", ["Kohgiluyeh and Boyer-Ahmad"]),
    ("IR-18", "Bushehr Province", []), ("IR-19", "Zanjan Province", []), ("IR-20", "Semnan Province", []),
    ("IR-21", "Yazd Province", []), ("IR-22", "Hormozgan Province", ["Hormozgan"]),
    ("IR-23", "Tehran Province", []), ("IR-24", "Ardabil Province", []), ("IR-25", "Qom Province", []),
    ("IR-26", "Qazvin Province", []), ("IR-27", "Golestan Province", ["Golestan"]),
    ("IR-28", "North Khorasan Province", ["North Khorasan"]), ("IR-29", "South Khorasan Province", ["South Khorasan"]),
    ("IR-30", "Alborz Province", []),
    ("IQ-AN", "Anbar Governorate", ["Anbar", "Al Anbar", "Anbar Province", "Anbar province"]),
    ("IQ-AR", "Erbil Governorate", ["Arbil Governorate", "Erbil Province"]),
    ("IQ-BA", "Basra Governorate", ["Basra Province", "Basrah Governorate"]),
    ("IQ-BB", "Babil Governorate", ["Babylon Governorate", "Babil Province"]),
    ("IQ-BG", "Baghdad Governorate", ["Baghdad Province"]),
    ("IQ-DA", "Duhok Governorate", ["Dohuk Governorate", "Dahuk Governorate"]),
    ("IQ-DI", "Diyala Governorate", ["Diyala", "Diyala Province"]),
    ("IQ-DQ", "Dhi Qar Governorate", ["Dhi Qar", "Dhi Qar Province"]),
    ("IQ-KA", "Karbala Governorate", ["Karbala Province"]),
    ("IQ-KI", "Kirkuk Governorate", ["Kirkuk Province"]),
    ("IQ-MA", "Maysan Governorate", ["Maysan", "Maysan Province"]),
    ("IQ-MU", "Muthanna Governorate", ["Muthanna", "Al Muthanna"]),
    ("IQ-NA", "Najaf Governorate", ["Najaf Province"]),
    ("IQ-NI", "Nineveh Governorate", ["Nineveh", "Ninawa", "Nineveh Province", "Nineveh Plains"]),
    ("IQ-QA", "Qadisiyah Governorate", ["Al-Qadisiyah", "Qadisiyah"]),
    ("IQ-SD", "Salahuddin Governorate", ["Salahuddin", "Salah al-Din", "Saladin Province", "Salahuddin Province"]),
    ("IQ-SU", "Sulaymaniyah Governorate", ["Sulaimaniyah Governorate"]),
    ("IQ-WA", "Wasit Governorate", ["Wasit", "Wasit Province"]),
    ("SY-DI", "Damascus", ["Dimashq"]), ("SY-DR", "Daraa Governorate", ["Daraa Province", "Deraa Governorate"]),
    ("SY-DY", "Deir ez-Zor Governorate", ["Deir ez-Zor Province", "Deir el-Zour Governorate"]),
    ("SY-HA", "Hasakah Governorate", ["Al-Hasakah Governorate", "Hasakeh Governorate"]),
    ("SY-HI", "Homs Governorate", ["Homs Province"]), ("SY-HL", "Aleppo Governorate", ["Aleppo Province"]),
    ("SY-HM", "Hama Governorate", ["Hama Province"]), ("SY-ID", "Idlib Governorate", ["Idlib Province", "Idleb Governorate"]),
    ("SY-LA", "Latakia Governorate", ["Latakia Province"]), ("SY-QU", "Quneitra Governorate", ["Quneitra Province"]),
    ("SY-RA", "Raqqa Governorate", ["Raqqa Province"]), ("SY-RD", "Rif Dimashq Governorate", ["Rif Dimashq", "Damascus Countryside", "Rural Damascus"]),
    ("SY-SU", "Suwayda Governorate", ["Sweida Governorate", "As-Suwayda Governorate"]),
    ("SY-TA", "Tartus Governorate", ["Tartous Governorate", "Tartus Province"]),
    ("SA-01", "Riyadh Province", ["Riyadh Region"]), ("SA-02", "Makkah Province", ["Mecca Province", "Makkah Region", "Mecca Region"]),
    ("SA-03", "Madinah Province", ["Medina Province", "Al Madinah Region", "Medina Region"]),
    ("SA-04", "Eastern Province", ["Eastern Province of Saudi Arabia", "Ash Sharqiyah"]), ("SA-05", "Qassim Province", ["Al-Qassim", "Qassim Region"]),
    ("SA-06", "Hail Province", ["Ha'il Region"]), ("SA-07", "Tabuk Province", ["Tabuk Region"]),
    ("SA-08", "Northern Borders Province", ["Northern Borders Region"]), ("SA-09", "Jazan Province", ["Jizan Province", "Jazan Region"]),
    ("SA-10", "Najran Province", ["Najran Region"]), ("SA-11", "Al Bahah Province", ["Al-Baha Region"]),
    ("SA-12", "Al Jawf Province", ["Al-Jawf Region"]), ("SA-14", "Asir Province", ["Asir Region", "Asir"]),
    ("AE-AJ", "Ajman", ["Emirate of Ajman"]), ("AE-AZ", "Abu Dhabi Emirate", ["Emirate of Abu Dhabi"]),
    ("AE-DU", "Dubai Emirate", ["Emirate of Dubai"]), ("AE-FU", "Fujairah", ["Emirate of Fujairah", "Al Fujairah"]),
    ("AE-RK", "Ras Al Khaimah", ["Ras al-Khaimah", "Emirate of Ras Al Khaimah"], ),
    ("AE-SH", "Sharjah Emirate", ["Emirate of Sharjah"]), ("AE-UQ", "Umm Al Quwain", ["Umm al-Quwain", "Emirate of Umm Al Quwain"]),
    ("EG-C", "Cairo Governorate", []), ("EG-ALX", "Alexandria Governorate", []), ("EG-GZ", "Giza Governorate", []),
    ("EG-LX", "Luxor Governorate", []), ("EG-ASN", "Aswan Governorate", []), ("EG-BA", "Red Sea Governorate", []),
    ("EG-JS", "South Sinai", ["South Sinai Governorate"]), ("EG-SIN", "North Sinai", ["North Sinai Governorate"]),
    ("EG-PTS", "Port Said Governorate", []), ("EG-SUZ", "Suez Governorate", []),
    ("EG-IS", "Ismailia Governorate", []), ("EG-DT", "Damietta Governorate", []),
    ("EG-MT", "Matrouh Governorate", ["Marsa Matrouh Governorate"]), ("EG-WAD", "New Valley Governorate", []),
    ("EG-FYM", "Faiyum Governorate", ["Fayoum Governorate"]), ("EG-SHG", "Sohag Governorate", []),
    ("EG-KN", "Qena Governorate", []), ("EG-AST", "Asyut Governorate", ["Assiut Governorate"]),
    ("EG-MN", "Minya Governorate", []), ("EG-BNS", "Beni Suef Governorate", []),
    ("EG-DK", "Dakahlia Governorate", []), ("EG-GH", "Gharbia Governorate", []),
    ("EG-KB", "Qalyubia Governorate", []), ("EG-KFS", "Kafr El Sheikh Governorate", []),
    ("EG-MNF", "Monufia Governorate", []), ("EG-SHR", "Sharqia Governorate", []), ("EG-BH", "Beheira Governorate", []),
    ("KZ-AKM", "Akmola Region", ["Akmola Oblast"]), ("KZ-AKT", "Aktobe Region", ["Aktobe Oblast"]),
    ("KZ-ALA", "Almaty", ["Almaty City"]), ("KZ-ALM", "Almaty Region", ["Almaty Oblast"]),
    ("KZ-AST", "Astana", ["Nur-Sultan", "Astana City"]), ("KZ-ATY", "Atyrau Region", ["Atyrau Oblast"]),
    ("KZ-KAR", "Karaganda Region", ["Karaganda Oblast", "Karagandy Region"]), ("KZ-KUS", "Kostanay Region", ["Kostanay Oblast"]),
    ("KZ-KZY", "Kyzylorda Region", ["Kyzylorda Oblast"]), ("KZ-MAN", "Mangystau Region", ["Mangystau Oblast", "Mangistau Region"]),
    ("KZ-PAV", "Pavlodar Region", ["Pavlodar Oblast"]), ("KZ-SEV", "North Kazakhstan Region", ["North Kazakhstan Oblast"]),
    ("KZ-SHY", "Shymkent", ["Shymkent City"]), ("KZ-VOS", "East Kazakhstan Region", ["East Kazakhstan Oblast"]),
    ("KZ-YUZ", "Turkestan Region", ["Turkistan Region", "Turkestan Oblast"]), ("KZ-ZAP", "West Kazakhstan Region", ["West Kazakhstan Oblast"]),
    ("KZ-ZHA", "Jambyl Region", ["Zhambyl Region", "Jambyl Oblast"]),
    ("UZ-AN", "Andijan Region", ["Andijan Province"]), ("UZ-BU", "Bukhara Region", ["Bukhara Province"]),
    ("UZ-FA", "Fergana Region", ["Fergana Province", "Ferghana Region"]), ("UZ-JI", "Jizzakh Region", ["Jizzakh Province"]),
    ("UZ-NG", "Namangan Region", ["Namangan Province"]), ("UZ-NW", "Navoi Region", ["Navoiy Region"]),
    ("UZ-QA", "Kashkadarya Region", ["Qashqadaryo Region"]), ("UZ-QR", "Karakalpakstan", ["Republic of Karakalpakstan"]),
    ("UZ-SA", "Samarkand Region", ["Samarkand Province"]), ("UZ-SI", "Syrdarya Region", ["Sirdaryo Region"]),
    ("UZ-SU", "Surkhandarya Region", ["Surxondaryo Region"]), ("UZ-TK", "Tashkent", ["Toshkent", "Tashkent City"]),
    ("UZ-TO", "Tashkent Region", ["Tashkent Province"]), ("UZ-XO", "Khorezm Region", ["Khorezm Province", "Xorazm Region"]),
    ("KG-B", "Batken Region", []), ("KG-C", "Chuy Region", ["Chui Region"]), ("KG-GB", "Bishkek", ["Bishkek City"]),
    ("KG-GO", "Osh", ["Osh City"]), ("KG-J", "Jalal-Abad Region", []), ("KG-N", "Naryn Region", []),
    ("KG-O", "Osh Region", ["Osh Oblast"]), ("KG-T", "Talas Region", []), ("KG-Y", "Issyk-Kul Region", ["Issyk-Kul"]),
    ("TJ-DU", "Dushanbe", ["Dushanbe City"]), ("TJ-GB", "Gorno-Badakhshan", ["Gorno-Badakhshan Autonomous Region", "Kuhistoni Badakhshon"]),
    ("TJ-KT", "Khatlon Region", ["Khatlon"]), ("TJ-RA", "Districts of Republican Subordination", []),
    ("TJ-SU", "Sughd Region", ["Sughd", "Sogd Region"]),
    ("TM-A", "Ahal Region", ["Ahal Province"]), ("TM-B", "Balkan Region", ["Balkan Province"]),
    ("TM-D", "Dashoguz Region", ["Dashoguz Province"]), ("TM-L", "Lebap Region", ["Lebap Province"]),
    ("TM-M", "Mary Region", ["Mary Province"]), ("TM-S", "Ashgabat", ["Ashgabad", "Ashgabat City"]),
    ("MN-1", "Ulaanbaatar", ["Ulan Bator", "Ulaanbaatar City"]),
    ("ET-AA", "Addis Ababa", []), ("ET-AM", "Amhara", ["Amhara Region"]), ("ET-TI", "Tigray", ["Tigray Region"]),
    ("ET-OR", "Oromia", ["Oromia Region"]), ("ET-SN", "Southern Nations, Nationalities, and Peoples' Region", ["SNNPR"]),
    ("NZ-WGN", "Wellington Region", []), ("NZ-AUK", "Auckland Region", []),
    ("CZ-10", "Prague", ["Praha"]), ("HU-BU", "Budapest", []), ("RO-B", "Bucharest", ["București"]),
    ("RS-00", "Belgrade", ["Beograd"]), ("RS-KM", "Kosovo and Metohija", ["Kosovo-Metohija"]),
    ("GR-I", "Attica", ["Attiki"]), ("GR-M", "Crete", ["Kriti"]), ("GR-69", "Mount Athos", ["Agion Oros"]),
    ("PT-20", "Azores", ["Açores"]), ("PT-30", "Madeira", []), ("PT-11", "Lisbon District", ["Lisboa District"]),
    ("BG-22", "Sofia City Province", ["Sofia City"]), ("BG-23", "Sofia Province", []),
    ("NA-KA", "Karas", ["ǁKaras", "//Karas"]),
    ("MD-GA", "Gagauzia", ["Gagauz Autonomy"]), ("MD-SN", "Transnistria region", ["Left Bank of the Dniester"]),
    ("MD-BD", "Bender", ["Tighina"]),
    ("SE-AB", "Stockholm County", []), ("SE-M", "Skane", ["Skåne", "Scania"]), ("SE-O", "Vastra Gotaland", ["Västra Götaland"]),
    ("LB-BA", "Beirut Governorate", []),
    ("AF-KAB", "Kabul Province", []), ("AF-KAN", "Kandahar Province", []), ("AF-HER", "Herat Province", []),
    ("AF-BAL", "Balkh Province", []), ("AF-NAN", "Nangarhar", ["Nangarhar Province"]), ("AF-HEL", "Helmand", ["Helmand Province"]),
    ("AF-PAN", "Panjshir", ["Panjshir Valley", "Panjshir Province"]), ("AF-KDZ", "Kunduz Province", []),
    ("AF-BDS", "Badakhshan", ["Badakhshan Province"]), ("AF-GHA", "Ghazni Province", []),
    ("AF-KHO", "Khost Province", []), ("AF-NUR", "Nuristan", ["Nuristan Province"]),
    ("AF-PIA", "Paktia", ["Paktia Province"]), ("AF-PKA", "Paktika", ["Paktika Province"]),
    ("AF-URU", "Uruzgan", ["Oruzgan", "Uruzgan Province"]), ("AF-WAR", "Wardak", ["Maidan Wardak"]),
    ("AF-NIM", "Nimruz", ["Nimroz"]), ("AF-KNR", "Kunar", ["Kunar Province"]),
    ("SD-KH", "Khartoum State", []), ("SD-DN", "North Darfur", []), ("SD-DS", "South Darfur", []),
    ("SD-DW", "West Darfur", []), ("SD-DC", "Central Darfur", []), ("SD-DE", "East Darfur", []),
    ("PS-GZA", "Gaza Governorate", []),
    ("YE-SA", "Amanat Al Asimah", ["Sanaa Capital Secretariat"]),
    ("ZA-GP", "Gauteng", []), ("ZA-KZN", "KwaZulu-Natal", ["Kwazulu-Natal"]),
    ("NG-FC", "Federal Capital Territory", ["Abuja Federal Capital Territory"], ),
    ("CO-SAP", "San Andres and Providencia", ["San Andrés, Providencia y Santa Catalina"]),
    ("PG-NCD", "National Capital District", []),
    ("SB-CT", "Honiara Capital Territory", []),
    ("SL-W", "Western Area", []),
    ("TG-M", "Maritime Region", ["Maritime"]),
    ("MA-10", "Guelmim-Oued Noun", []), ("MA-11", "Laayoune-Sakia El Hamra", ["Laâyoune-Sakia El Hamra"]),
    ("MA-12", "Dakhla-Oued Ed-Dahab", []),
    ("NO-21", "Svalbard", []), ("NO-22", "Jan Mayen", []),
    ("CF-HS", "Haute-Sangha", ["Mambéré-Kadéï"]),
    ("PH-14", "Bangsamoro Autonomous Region in Muslim Mindanao", ["Bangsamoro", "Bangsamoro region", "Autonomous Region in Muslim Mindanao"]),
]:
    if code == "PH-14":
        continue
    _add(code, name, al, native=code not in ("KG-O", "UZ-TO", "BG-23", "BG-22"), keep=code in ("KZ-ALA", "KZ-AST", "KZ-SHY", "UZ-TK", "KG-GB", "KG-GO",
                                       "TJ-DU", "TM-S", "MN-1", "ET-AA", "CZ-10", "HU-BU", "RO-B",
                                       "RS-00", "SY-DI", "MX-CMX", "AT-9"))
SUBDIVISIONS["PH-14"]["acronyms"] = ["BARMM", "ARMM"]

SUBDIV_SKIP_COUNTRIES = {"SG", "HK", "MO"}
# generic compass/landform names used by several countries' iso-codes
# subdivisions: qualified by their type ("Centre Region", "Nord Department")
SUBDIV_GENERIC_NAMES = {
    "Centre", "Center", "Central", "Nord", "Sud", "Est", "Ouest", "Nord-Est", "Nord-Ouest",
    "Sud-Est", "Sud-Ouest", "Centre-Est", "Centre-Nord", "Centre-Ouest", "Centre-Sud",
    "Extrême-Nord", "Littoral", "North", "South", "East", "West", "North East", "North West",
    "North-West", "North-East", "South East", "South West", "South-East", "South-West",
    "Northern", "Southern", "Eastern", "Western", "Capital", "Plateau", "Plateaux", "Savanes",
    "Lakes", "Upper", "Lower", "Coast", "Islands", "Maritime", "Kara", "Centrale", "Northwest",
    "Northeast", "Southeast", "Southwest", "Midlands", "Interior", "Highlands", "Lagunes",
}
# countries whose second-level iso entries (with a parent) are included as
# well: Philippine provinces and Indonesian provinces
SUBDIV_EXTRA_CHILDREN = {"PH", "ID"}
EXTRA_SUBDIVISIONS = {}

# ---------------------------------------------------------------- cities
# "CC|geonames name" -> extra well-known English variants
CITY_VARIANTS = {
    "MM|Nay Pyi Taw": ["Naypyidaw", "Naypyitaw", "Nay Pyi Daw", "Naypyidaw City"],
    "MM|Yangon": ["Rangoon", "Yangon City"],
    "MM|Mandalay": ["Mandalay City"],
    "VN|Hanoi": ["Ha Noi", "Hanoi City", "Hanoi Capital"],
    "VN|Ho Chi Minh City": ["Saigon", "HCMC", "HCM City", "Sai Gon"],
    "VN|Da Nang": ["Danang", "Da Nang City"],
    "VN|Haiphong": ["Hai Phong", "Hai Phong City"],
    "VN|Cần Thơ": ["Can Tho City"],
    "LA|Vientiane": ["Viangchan", "Vientiane City"],
    "LA|Luang Prabang": ["Louangphabang", "Luangprabang", "Luang Prabang City"],
    "KH|Phnom Penh": ["Phnom Penh City"],
    "KH|Siem Reap": ["Siem Reap City"],
    "TH|Bangkok": ["Krung Thep"],
    "ID|Jakarta": ["Djakarta"],
    "PH|Manila": ["City of Manila"],
    "CN|Beijing": ["Peking"],
    "CN|Guangzhou": ["Canton"],
    "CN|Ürümqi": ["Urumchi", "Wulumuqi"],
    "CN|Lhasa": ["Lhasa City"],
    "CN|Kunming": ["Kunming City"],
    "CN|Nanning": ["Nanning City"],
    "IN|Mumbai": ["Bombay"],
    "IN|Chennai": ["Madras"],
    "IN|Kolkata": ["Calcutta"],
    "IN|Bengaluru": ["Bangalore"],
    "IN|New Delhi": ["New Delhi City"],
    "BD|Dhaka": ["Dacca"],
    "MN|Ulan Bator": ["Ulaanbaatar", "Ulaan Baatar", "Ulaanbaatar City"],
    "KZ|Astana": ["Nur-Sultan", "Nursultan", "Akmola"],
    "KZ|Almaty": ["Alma-Ata"],
    "UZ|Tashkent": ["Toshkent"],
    "RU|Moscow": ["Moskva"],
    "RU|Saint Petersburg": ["St. Petersburg", "St Petersburg"],
    "UA|Kyiv": ["Kiev"],
    "US|New York City": ["NYC"],
    "US|Washington": ["Washington, D.C.", "Washington D.C.", "Washington DC", "Washington, DC"],
    "IR|Tehran": ["Teheran"],
    "IL|Jerusalem": ["Al-Quds", "Al Quds"],
    "BN|Bandar Seri Begawan": ["BSB"],
    "LK|Sri Jayewardenepura Kotte": ["Kotte", "Sri Jayawardenepura Kotte"],
    "MV|Male": ["Malé", "Male City"],
    "KR|Seoul": ["Seoul City"],
    "KP|Pyongyang": ["Pyongyang City"],
    "TW|Taipei": ["Taipei City"],
    "MX|Mexico City": ["Ciudad de México"],
    "KW|Kuwait City": [],
}
CITY_NAME_FIX = {
    "MN|Ulan Bator": "Ulaanbaatar",
}
# ordinary-English-word city names kept anyway (national capitals in the focus region)
CITY_WORD_KEEP = {"MV|Male"}
# cities whose name is better known as something else in political news
CITY_SKIP = {"SY|Duma", "IN|Morena", "US|Westminster", "GB|Westminster"}

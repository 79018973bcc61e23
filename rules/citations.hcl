# Citation grammars: one `archive` block per archive family, read by checks/citation.
#
#   archive "NAME" {
#     description = "..."
#     common      = false        # true: no repositories; the components apply to every citation
#     replace     = false        # true: discard an earlier block of this name instead of extending it
#     order       = ["fond", "opis", "delo"]   # components that, when present, come in this order
#
#     repository "ABBR" {        # the canonical abbreviation
#       names   = ["Full Name"]  # capitalised, then matched without regard to case
#       aliases = ["ABBR2"]      # other abbreviations and former names, matched exactly
#       require = ["delo"]       # components this repository's citations must also have
#     }
#
#     component "NAME" {
#       title    = "..."         # how messages name it (default: NAME)
#       labels   = ["f.", "ф."]  # written before the value; the first letter's case is free
#       suffixes = ["doboz"]     # written after the value ("54. doboz")
#       value    = "[0-9]+"      # RE2 for a well-formed value (default: a number, maybe a letter)
#       loose    = "..."         # a rougher shape, reported as malformed when value fails
#       gap      = ",? *"        # what may stand between label and value (default: spaces)
#       marker   = false         # a label with no value
#       range    = false         # "from-to" (and lists "5, 7-9"), from <= to
#       elided   = false         # "1973-79": a short end repeats only the last digits
#       verso    = ["ob."]       # marks a sheet number may carry
#       required = false         # every detailed citation of the family has it
#       requires = ["year"]      # components that must come with this one
#     }
#   }
#
# A component with no labels and no suffixes is recognised by its value alone, as a whole
# comma-separated segment. A project extends a family in .archivelint.hcl with a block of the
# same name: new repositories and components are added, ones with the same name replaced.

# The rules: what is reported about the citations the grammars below read.

rule "citation" "citation.misspelled-repository" {
  category    = "citation"
  severity    = "error"
  description = "a repository name one letter off a known one (RGNAI for RGANI, AVP FR for AVP RF)"
  problems    = ["misspelled-repository"]
}

rule "citation" "citation.unknown-repository" {
  category    = "citation"
  severity    = "warning"
  enabled     = false # archives are many: turn on with override "citation.unknown-repository" { enabled = true }
  description = "a repository abbreviation no archive block declares"
  problems    = ["unknown-repository"]
}

rule "citation" "citation.missing-part" {
  category    = "citation"
  severity    = "error"
  description = "a component the archive's citations need (fond, delo, piece...), or the number after a label, is missing"
  problems    = ["missing-component", "missing-number"]
}

rule "citation" "citation.malformed" {
  category    = "citation"
  severity    = "warning"
  description = "a malformed abbreviation (f 52, II. for ll.), value, or range"
  problems    = ["malformed-abbreviation", "malformed-value", "malformed-range"]
}

rule "citation" "citation.reversed-range" {
  category    = "citation"
  severity    = "error"
  description = "a range of pages or sheets that runs backwards (ll. 66-61)"
  problems    = ["reversed-range"]
}

rule "citation" "citation.unbalanced" {
  category    = "citation"
  severity    = "error"
  description = "a bracket or quotation mark in a citation never closed, or closed but never opened"
  problems    = ["unbalanced-bracket", "unbalanced-quote"]
}

rule "citation" "citation.out-of-order" {
  category    = "citation"
  severity    = "warning"
  description = "components out of the archive's order (d. before op.)"
  problems    = ["out-of-order"]
}

rule "citation" "citation.glued-credit" {
  category    = "citation"
  severity    = "notice"
  description = "a credit run on to the citation without a full stop (ll. 193-194 Translated by)"
  problems    = ["glued-credit"]
}

archive "common" {
  description = "Components any citation may carry: pages, folios, volumes, boxes, folders."
  common      = true

  component "pages" {
    title  = "page"
    labels = ["pp.", "p.", "pages", "page", "стр."]
    value  = "[0-9]+"
    range  = true
    elided = true # "pp. 473-4", as printed books write it
  }
  component "folios" {
    title  = "folio"
    labels = ["ff.", "f.", "fols.", "fol.", "folios", "folio"]
    value  = "[0-9]+"
    verso  = ["r", "v"]
    range  = true
    elided = true # "ff. 112-15"
  }
  component "volume" {
    labels = ["vol.", "vols."]
    value  = "[0-9]+|[IVXLCivxlc]+"
    range  = true
  }
  component "box" {
    labels = ["Box", "Boxes", "carton"]
    value  = "[0-9]+[A-Za-z]?"
    range  = true
  }
  component "folder" {
    labels = ["folder"]
    value  = "[^,;]+"
  }
}

archive "russia" {
  description = "Russian state archives: fond, opis, (year, papka), delo or edinitsa khraneniia, list; Latin, Cyrillic and spelled out."
  order       = ["fond", "opis", "papka", "delo", "list"]

  repository "RGANI" {
    names   = ["Russian State Archive of Contemporary History", "Российский государственный архив новейшей истории", "Center for the Storage of Contemporary Documentation"]
    aliases = ["РГАНИ", "TsKhSD", "TSKhSD", "ЦХСД"]
  }
  repository "GARF" {
    names   = ["State Archive of the Russian Federation", "Государственный архив Российской Федерации"]
    aliases = ["GA RF", "ГАРФ", "ГА РФ", "TsGAOR", "ЦГАОР"]
  }
  repository "RGASPI" {
    names   = ["Russian State Archive of Social and Political History", "Российский государственный архив социально-политической истории"]
    aliases = ["РГАСПИ", "RTsKhIDNI", "RTSKhIDNI", "РЦХИДНИ"]
  }
  repository "AVP RF" {
    names   = ["Archive of Foreign Policy of the Russian Federation", "Archive of the Foreign Policy of the Russian Federation", "Foreign Policy Archive of the Russian Federation", "Архив внешней политики Российской Федерации"]
    aliases = ["AVPRF", "АВП РФ", "АВПРФ", "AVP SSSR", "АВП СССР"]
  }
  repository "APRF" {
    names   = ["Archive of the President of the Russian Federation", "Presidential Archive of the Russian Federation", "Архив Президента Российской Федерации"]
    aliases = ["AP RF", "АП РФ", "АПРФ"]
  }
  repository "RGAE" {
    names   = ["Russian State Archive of the Economy", "Российский государственный архив экономики"]
    aliases = ["РГАЭ", "TsGANKh", "ЦГАНХ"]
  }
  repository "RGVA" {
    names   = ["Russian State Military Archive", "Российский государственный военный архив"]
    aliases = ["РГВА", "TsGASA", "ЦГАСА"]
  }
  repository "TsAMO" {
    names   = ["Central Archive of the Ministry of Defence of the Russian Federation", "Central Archive of the Ministry of Defense of the Russian Federation", "Центральный архив Министерства обороны Российской Федерации"]
    aliases = ["TSAMO", "TsAMO RF", "ЦАМО", "ЦАМО РФ"]
  }
  repository "RGALI" {
    names   = ["Russian State Archive of Literature and Art", "Российский государственный архив литературы и искусства"]
    aliases = ["РГАЛИ", "TsGALI", "ЦГАЛИ"]
  }
  repository "RGIA" {
    names   = ["Russian State Historical Archive", "Российский государственный исторический архив"]
    aliases = ["РГИА"]
  }
  repository "RGVIA" {
    names   = ["Russian State Military History Archive", "Российский государственный военно-исторический архив"]
    aliases = ["РГВИА"]
  }
  repository "RGAVMF" {
    names   = ["Russian State Archive of the Navy", "Российский государственный архив Военно-Морского Флота"]
    aliases = ["РГАВМФ"]
  }
  repository "RGADA" {
    names   = ["Russian State Archive of Ancient Acts", "Российский государственный архив древних актов"]
    aliases = ["РГАДА"]
  }
  repository "AVPRI" {
    names   = ["Archive of Foreign Policy of the Russian Empire", "Архив внешней политики Российской империи"]
    aliases = ["АВПРИ"]
  }
  repository "TsA FSB" {
    names   = ["Central Archive of the Federal Security Service", "Центральный архив ФСБ России"]
    aliases = ["TsA FSB RF", "ЦА ФСБ", "ЦА ФСБ РФ"]
  }

  component "fond" {
    labels   = ["f.", "ф.", "Fond", "Фонд"]
    value    = "(?:[A-ZА-Я]{1,2}-?)?[0-9]+[A-Za-zА-Яа-я]?"
    required = true
  }
  component "opis" {
    title  = "opis (or perechen')"
    labels = ["op.", "оп.", "Opis'", "Opis", "Опись", "per.", "перечень", "perechen'", "perechen"]
    value  = "[0-9]+[A-Za-zА-Яа-я]?"
    range  = true
  }
  component "year" {
    value = "1[7-9][0-9][0-9]|20[0-9][0-9]"
  }
  component "papka" {
    labels = ["pap.", "p.", "п.", "Papka", "Папка"]
  }
  component "delo" {
    title    = "delo (or edinitsa khraneniia, dokument)"
    labels   = ["ed. khr.", "ед. хр.", "d.", "д.", "Delo", "Дело", "dok.", "док.", "dokument", "документ"]
    value    = "[0-9]+[A-Za-zА-Яа-я]?(?:/[0-9]+)?"
    required = true
  }
  component "list" {
    labels = ["ll.", "l.", "лл.", "л.", "Listy", "List", "Листы", "Лист"]
    value  = "[0-9]+"
    verso  = ["ob.", "об."]
    range  = true
  }
}

archive "former-soviet" {
  description = "State archives of other former Soviet republics that cite fond, opis, delo, list."
  order       = ["fond", "opis", "delo", "list"]

  repository "NARB" {
    names   = ["National Archives of the Republic of Belarus", "Национальный архив Республики Беларусь"]
    aliases = ["НАРБ"]
  }
  repository "APRK" {
    names   = ["Archive of the President of the Republic of Kazakhstan", "Архив Президента Республики Казахстан"]
    aliases = ["AP RK", "АП РК"]
  }
  repository "TsGA RK" {
    names   = ["Central State Archive of the Republic of Kazakhstan", "Центральный государственный архив Республики Казахстан"]
    aliases = ["TsGA", "ЦГА РК"]
  }
  repository "ERAF" {
    names   = ["Estonian National Archives, Branch", "Rahvusarhiivi filiaal"]
    aliases = ["ERA"]
  }

  component "fond" {
    labels   = ["f.", "ф.", "Fond", "Фонд"]
    value    = "(?:[A-ZА-Я]{1,2}-?)?[0-9]+[A-Za-zА-Яа-я]?"
    required = true
  }
  component "opis" {
    labels = ["op.", "оп.", "Opis", "Опись"]
    value  = "[0-9]+[A-Za-zА-Яа-я]?"
    range  = true
  }
  component "delo" {
    labels = ["d.", "д.", "Delo", "Дело"]
    value  = "[0-9]+[A-Za-zА-Яа-я]?(?:/[0-9]+)?"
  }
  component "list" {
    labels = ["ll.", "l.", "лл.", "л.", "Listy", "List"]
    value  = "[0-9]+"
    verso  = ["ob.", "об."]
    range  = true
  }
}

archive "ukraine" {
  description = "Ukrainian state archives: fond, opys, sprava, arkush."
  order       = ["fond", "opys", "sprava", "arkush"]

  repository "TsDAHO" {
    names   = ["Central State Archive of Public Organizations of Ukraine", "Центральний державний архів громадських об'єднань України"]
    aliases = ["TsDAHOU", "TsDAGO", "ЦДАГО", "ЦДАГОУ"]
  }
  repository "TsDAVO" {
    names   = ["Central State Archive of the Supreme Bodies of Power and Government of Ukraine", "Центральний державний архів вищих органів влади та управління України"]
    aliases = ["TsDAVOU", "ЦДАВО", "ЦДАВОУ"]
  }
  repository "HDA SBU" {
    names   = ["Sectoral State Archive of the Security Service of Ukraine", "Галузевий державний архів Служби безпеки України", "SBU Archive"]
    aliases = ["HDASBU", "ГДА СБУ", "SBU Archives"]
  }

  component "fond" {
    labels   = ["f.", "ф.", "Fond", "Фонд"]
    value    = "(?:[A-ZА-Я]{1,2}-?)?[0-9]+[A-Za-zА-Яа-я]?"
    required = true
  }
  component "opys" {
    labels = ["op.", "оп.", "Opys", "Опис"]
    value  = "[0-9]+[A-Za-zА-Яа-я]?"
    range  = true
  }
  component "sprava" {
    labels = ["spr.", "спр.", "Sprava", "Справа"]
    value  = "[0-9]+[A-Za-zА-Яа-я]?(?:/[0-9]+)?"
  }
  component "arkush" {
    labels = ["ark.", "арк.", "Arkushi", "Arkush"]
    value  = "[0-9]+"
    verso  = ["zv.", "зв."]
    range  = true
  }
}

archive "bulgaria" {
  description = "Bulgarian state archives: fond, opis, arhivna edinitsa, list."
  order       = ["fond", "opis", "ae", "list"]

  repository "TsDA" {
    names   = ["Central State Archive", "Централен държавен архив"]
    aliases = ["ЦДА", "TsDA RB"]
  }
  repository "AMVnR" {
    names   = ["Diplomatic Archive of the Ministry of Foreign Affairs of Bulgaria", "Архив на Министерството на външните работи"]
    aliases = ["АМВнР", "DA MVnR"]
  }
  repository "AMVR" {
    names   = ["Archive of the Ministry of Interior of Bulgaria", "Архив на Министерството на вътрешните работи"]
    aliases = ["АМВР"]
  }
  repository "COMDOS" {
    names   = ["Committee for Disclosing the Documents and Announcing the Affiliation of Bulgarian Citizens to the State Security and the Intelligence Services of the Bulgarian National Army"]
    aliases = ["KRDOPBGDSRSBNA", "КРДОПБГДСРСБНА"]
  }

  component "fond" {
    labels = ["f.", "ф.", "Fond", "Фонд"]
    value  = "(?:[A-ZА-Я]{1,2}-?)?[0-9]+[A-Za-zА-Яа-я]?"
  }
  component "opis" {
    labels = ["op.", "оп.", "Opis", "Опис"]
    value  = "[0-9]+[A-Za-zА-Яа-я]?"
    range  = true
  }
  component "ae" {
    title  = "archival unit (a.e.)"
    labels = ["a.e.", "а.е.", "arh. ed.", "арх. ед."]
    value  = "[0-9]+[A-Za-zА-Яа-я]?"
  }
  component "list" {
    labels = ["ll.", "l.", "лл.", "л."]
    value  = "[0-9]+"
    range  = true
  }
}

archive "lithuania" {
  description = "Lithuanian archives: fondas, apyrašas, byla, lapas."

  repository "LYA" {
    names   = ["Lithuanian Special Archives", "Lietuvos ypatingasis archyvas"]
    aliases = ["LSA"]
  }
  repository "LCVA" {
    names   = ["Lithuanian Central State Archives", "Lietuvos centrinis valstybės archyvas"]
    aliases = []
  }

  component "fond" {
    labels = ["f.", "F."]
    value  = "(?:[A-Z]-?)?[0-9]+[A-Za-z]?"
  }
  component "apyrasas" {
    title  = "apyrašas"
    labels = ["ap."]
  }
  component "byla" {
    labels = ["b."]
    value  = "[0-9]+[A-Za-z]?(?:/[0-9]+)?"
  }
  component "lapas" {
    labels = ["ll.", "l.", "lap."]
    value  = "[0-9]+"
    range  = true
  }
}

archive "uk" {
  description = "The National Archives of the UK: DEPARTMENT SERIES/PIECE, then folios."

  repository "TNA" {
    names   = ["The National Archives of the UK", "The National Archives of the United Kingdom", "The National Archives, Kew", "The National Archives", "UK National Archives", "Public Record Office"]
    aliases = ["TNA: PRO", "TNA PRO", "PRO"]
  }

  component "reference" {
    title    = "piece reference (such as FO 371/121761)"
    value    = "[A-Z]{1,5} ?[0-9]+/[0-9]+[A-Z]?(?:/[0-9]+)*"
    loose    = "[A-Z][A-Z0-9]{0,4} *[0-9]+ */ *[0-9]+.*"
    required = true
  }
  component "folios" {
    title  = "folio"
    labels = ["ff.", "f.", "fols.", "fol.", "folios", "folio"]
    value  = "[0-9]+"
    verso  = ["r", "v"]
    range  = true
    elided = true
  }
}

archive "nara" {
  description = "US National Archives: record groups, decimal files, lot files, the Central Foreign Policy Files; also FRUS source notes."

  repository "NARA" {
    names   = ["National Archives and Records Administration", "U.S. National Archives", "US National Archives", "National Archives of the United States", "National Archives at College Park", "National Archives", "Department of State"]
    aliases = ["USNA", "NACP"]
  }

  component "record_group" {
    title  = "record group"
    labels = ["RG", "Record Group"]
    value  = "[0-9]+"
  }
  component "foreign_policy_files" {
    title  = "years of the Central Foreign Policy Files (1973-79)"
    labels = ["Central Foreign Policy Files", "Central Foreign Policy File"]
    gap    = ",? *"
    value  = "(?:19|20)[0-9][0-9]"
    range  = true
    elided = true
  }
  component "electronic_telegrams" {
    title    = "Electronic Telegrams series"
    labels   = ["Electronic Telegrams"]
    marker   = true
    requires = ["foreign_policy_files"]
  }
  component "central_files" {
    title  = "years of the central files"
    labels = ["Central Decimal Files", "Central Decimal File", "Central Files", "Central File"]
    gap    = ",? *"
    value  = "(?:19|20)[0-9][0-9]"
    range  = true
    elided = true
  }
  component "file_number" {
    title  = "file number"
    labels = ["File Nos.", "File No."]
    value  = "[0-9][0-9A-Za-z.]*(?:/[0-9A-Za-z–-]+)?"
  }
  component "lot" {
    title  = "lot file"
    labels = ["Lot"]
    value  = "[0-9]{2} ?[-–]? ?[A-Z] ?[0-9]+[A-Z]?|[A-Z] ?[-–]? ?[0-9]+[A-Z]?"
  }
  component "decimal_file" {
    title = "decimal file"
    value = "[0-9]{3}[A-Z]?(?:\\.[0-9A-Za-z]+)*(?:[ –-][A-Za-z0-9()]+)*/[0-9A-Za-z–—½-]*"
  }
  component "telegram" {
    title = "electronic telegram number"
    value = "(?:19|20)[0-9]{2}[A-Z]{3,}[0-9]{3,6}"
  }
}

archive "us-libraries" {
  description = "US presidential libraries and other American manuscript repositories: collections, series, boxes, folders."

  repository "LBJ Library" {
    names   = ["Lyndon Baines Johnson Library", "Lyndon B. Johnson Library", "Lyndon B. Johnson Presidential Library", "LBJ Presidential Library", "Johnson Library"]
    aliases = ["LBJL"]
  }
  repository "Kennedy Library" {
    names   = ["John F. Kennedy Presidential Library and Museum", "John F. Kennedy Presidential Library", "John F. Kennedy Library", "JFK Library", "Kennedy Presidential Library"]
    aliases = ["JFKL"]
  }
  repository "Eisenhower Library" {
    names   = ["Dwight D. Eisenhower Presidential Library", "Dwight D. Eisenhower Library", "Eisenhower Presidential Library"]
    aliases = ["DDEL"]
  }
  repository "Truman Library" {
    names   = ["Harry S. Truman Presidential Library", "Harry S. Truman Library", "Truman Presidential Library"]
    aliases = ["HSTL"]
  }
  repository "Carter Library" {
    names   = ["Jimmy Carter Presidential Library and Museum", "Jimmy Carter Presidential Library", "Jimmy Carter Library", "Carter Presidential Library"]
    aliases = ["JCL"]
  }
  repository "Ford Library" {
    names   = ["Gerald R. Ford Presidential Library", "Gerald R. Ford Library", "Gerald Ford Library", "Ford Presidential Library"]
    aliases = ["GRFL"]
  }
  repository "Nixon Library" {
    names   = ["Richard Nixon Presidential Library and Museum", "Richard Nixon Presidential Library", "Richard Nixon Library", "Nixon Presidential Library", "Nixon Presidential Materials"]
    aliases = []
  }
  repository "Reagan Library" {
    names   = ["Ronald Reagan Presidential Library", "Ronald Reagan Library", "Reagan Presidential Library"]
    aliases = ["RRL"]
  }
  repository "Bush Library" {
    names   = ["George H. W. Bush Presidential Library", "George Bush Presidential Library", "George Bush Library"]
    aliases = []
  }
  repository "Roosevelt Library" {
    names   = ["Franklin D. Roosevelt Presidential Library", "Franklin D. Roosevelt Library", "FDR Library"]
    aliases = ["FDRL"]
  }
  repository "Hoover Institution" {
    names   = ["Hoover Institution Library and Archives", "Hoover Institution Archives", "Hoover Institution on War, Revolution and Peace"]
    aliases = ["HIA"]
  }
  repository "Library of Congress" {
    names   = ["Library of Congress, Manuscript Division"]
    aliases = ["LOC"]
  }
}

archive "prc" {
  description = "PRC Foreign Ministry Archive: file numbers NNN-NNNNN-NN."

  repository "PRC FMA" {
    names   = ["PRC Foreign Ministry Archive", "Foreign Ministry Archive of the People's Republic of China", "Chinese Foreign Ministry Archive", "Archive of the Ministry of Foreign Affairs of the People's Republic of China", "中华人民共和国外交部档案馆", "外交部档案馆"]
    aliases = ["PRC MFA", "FMA", "CFMA"]
  }

  component "file" {
    title    = "file number (NNN-NNNNN-NN)"
    value    = "[0-9]{3}-[0-9]{5}-[0-9]{2}"
    loose    = "[0-9]{2,3}-[0-9]{1,6}-[0-9]{1,3}"
    required = true
  }
}

archive "germany" {
  description = "German federal archives: Bestand and Signatur, Band, Blatt, Seite, Nummer."

  repository "SAPMO-BArch" {
    names   = ["Stiftung Archiv der Parteien und Massenorganisationen der DDR im Bundesarchiv"]
    aliases = ["SAPMO BArch", "SAPMO-BA", "SAPMO"]
  }
  repository "BArch" {
    names   = ["Bundesarchiv", "German Federal Archives"]
    aliases = ["BAK", "BArch-MA", "BA-MA"]
  }
  repository "PA AA" {
    names   = ["Politisches Archiv des Auswärtigen Amts", "Politisches Archiv des Auswärtigen Amtes", "Political Archive of the Federal Foreign Office", "Political Archives of the Foreign Office"]
    aliases = ["PAAA", "PA/AA", "PA-AA"]
  }
  repository "BStU" {
    names   = ["Der Bundesbeauftragte für die Unterlagen des Staatssicherheitsdienstes der ehemaligen DDR", "Die Bundesbeauftragte für die Unterlagen des Staatssicherheitsdienstes der ehemaligen DDR", "Der Bundesbeauftragte für die Unterlagen des Staatssicherheitsdienstes der ehemaligen Deutschen Demokratischen Republik", "Stasi Records Archive", "Stasi-Unterlagen-Archiv", "Federal Commissioner for the Records of the State Security Service of the former GDR"]
    aliases = ["BStU-Archiv"]
  }

  component "band" {
    labels = ["Bd."]
    value  = "[0-9]+[a-z]?"
  }
  component "number" {
    labels = ["Nr."]
    value  = "[0-9]+[A-Za-z]?(?:/[0-9]+)*"
  }
  component "blatt" {
    title  = "sheets (Bl.)"
    labels = ["Bl."]
    value  = "[0-9]+"
    range  = true
  }
  component "seite" {
    title  = "pages (S.)"
    labels = ["S."]
    value  = "[0-9]+"
    range  = true
  }
}

archive "poland" {
  description = "Polish archives: sygnatura, tom, numer, karta."

  repository "AAN" {
    names   = ["Archiwum Akt Nowych", "Archive of New Records", "Central Archives of Modern Records"]
    aliases = []
  }
  repository "AMSZ" {
    names   = ["Archiwum Ministerstwa Spraw Zagranicznych", "Archives of the Polish Ministry of Foreign Affairs", "Polish Foreign Ministry Archive"]
    aliases = []
  }
  repository "IPN" {
    names   = ["Instytut Pamięci Narodowej", "Archiwum Instytutu Pamięci Narodowej", "Institute of National Remembrance"]
    aliases = ["AIPN"]
  }

  component "sygnatura" {
    labels = ["sygn."]
    value  = "[0-9A-Za-z][0-9A-Za-z/.-]*"
  }
  component "tom" {
    labels = ["t."]
  }
  component "numer" {
    labels = ["nr", "nr."]
    value  = "[0-9]+[A-Za-z]?(?:/[0-9]+)*"
  }
  component "karta" {
    title  = "leaves (k.)"
    labels = ["k."]
    value  = "[0-9]+"
    range  = true
  }
}

archive "hungary" {
  description = "Hungarian National Archives: record group (XIX-J-1-j), subject, year, box (doboz), item, file number."

  repository "MNL OL" {
    names   = ["Magyar Nemzeti Levéltár Országos Levéltára", "Hungarian National Archives", "National Archives of Hungary"]
    aliases = ["MNL-OL", "MOL"]
  }
  repository "ÁBTL" {
    names   = ["Állambiztonsági Szolgálatok Történeti Levéltára", "Historical Archives of the Hungarian State Security"]
    aliases = ["ABTL"]
  }

  component "record_group" {
    title = "record group"
    value = "[IVXL]+-[A-Z]-[0-9]+(?:-[a-z])?(?:-[0-9]+)?"
  }
  component "year" {
    value = "1[89][0-9][0-9]|20[0-9][0-9]"
  }
  component "box" {
    suffixes = ["doboz"]
    value    = "[0-9]+\\.?"
    requires = ["year"]
  }
  component "unit" {
    title  = "unit (ő. e.)"
    labels = ["ő. e.", "ő.e."]
  }
}

archive "czech" {
  description = "Czech archives: fond, svazek, karton, archivní jednotka, bod, číslo jednací."

  repository "NA ČR" {
    names   = ["Národní archiv", "National Archives of the Czech Republic", "Czech National Archives"]
    aliases = ["NA CR", "NAČR", "SÚA", "SUA"]
  }
  repository "AMZV" {
    names   = ["Archiv Ministerstva zahraničních věcí", "Archive of the Ministry of Foreign Affairs of the Czech Republic", "Archives of the Czech Ministry of Foreign Affairs"]
    aliases = ["AMZV ČR", "A MZV"]
  }
  repository "ABS" {
    names   = ["Archiv bezpečnostních složek", "Security Services Archive"]
    aliases = []
  }
  repository "VÚA" {
    names   = ["Vojenský ústřední archiv", "Central Military Archive"]
    aliases = ["VUA", "VÚA-VHA", "VHA"]
  }

  component "fond" {
    labels = ["f.", "fond"]
    value  = "[^,;]+"
  }
  component "svazek" {
    labels = ["sv."]
  }
  component "karton" {
    labels = ["k.", "kart."]
  }
  component "aj" {
    title  = "archival unit (a. j.)"
    labels = ["a. j.", "inv. č."]
  }
  component "bod" {
    labels = ["b."]
  }
  component "cj" {
    title  = "reference number (č. j.)"
    labels = ["č. j."]
    value  = "[0-9][0-9A-Za-z/.-]*"
  }
}

archive "romania" {
  description = "Romanian archives: fond, dosar, filă."
  order       = ["fond", "dosar", "file"]

  repository "ANIC" {
    names   = ["Arhivele Naționale Istorice Centrale", "Arhivele Naţionale Istorice Centrale", "Arhivele Nationale Istorice Centrale", "Central Historical National Archives", "National Archives of Romania"]
    aliases = ["ANR"]
    require = ["dosar"]
  }
  repository "AMAE" {
    names   = ["Arhiva Ministerului Afacerilor Externe", "Archive of the Romanian Ministry of Foreign Affairs", "Romanian Foreign Ministry Archive"]
    aliases = []
  }
  repository "ACNSAS" {
    names   = ["Arhiva Consiliului Național pentru Studierea Arhivelor Securității", "Arhiva Consiliului Naţional pentru Studierea Arhivelor Securităţii"]
    aliases = ["CNSAS"]
  }

  component "fond" {
    labels = ["Fond"]
    value  = "[^,;]+"
  }
  component "dosar" {
    labels = ["dosar", "dos."]
    value  = "[0-9]+(?:/[0-9]{4})?"
  }
  component "file" {
    title  = "leaves (f.)"
    labels = ["ff.", "f.", "filele", "fila"]
    value  = "[0-9]+"
    verso  = ["v"]
    range  = true
  }
}

archive "yugoslavia" {
  description = "Archives of Yugoslavia: fond number, then the collection's signature (KPR I-3-a/44-9)."

  repository "AJ" {
    names   = ["Arhiv Jugoslavije", "Archives of Yugoslavia", "Архив Југославије"]
    aliases = []
  }

  component "fond" {
    title    = "fond number"
    value    = "(?:[Ff]ond |f\\. ?)?[0-9]{1,4}"
    required = true
  }
  component "signature" {
    value = "[A-ZČĆŠŽĐ]{2,8}[ ,]+[IVX]+-[0-9]+(?:-[a-z])?(?:/.*)?"
  }
}

archive "serbia" {
  description = "Diplomatic Archive of the Serbian (formerly Yugoslav) foreign ministry: series, year, fascikla, dosije, broj."

  repository "DA MSP RS" {
    names   = ["Diplomatski arhiv Ministarstva spoljnih poslova Republike Srbije", "Diplomatic Archive of the Ministry of Foreign Affairs of Serbia", "Diplomatic Archive of the Serbian Ministry of Foreign Affairs"]
    aliases = ["DA MSP", "DAMSP", "DA MSPRS", "DA SMIP", "DASMIP"]
  }

  component "year" {
    value = "1[89][0-9][0-9]|20[0-9][0-9]"
  }
  component "fascikla" {
    labels = ["f.", "fasc."]
  }
  component "dosije" {
    labels = ["d.", "dos."]
  }
  component "broj" {
    labels = ["br."]
  }
}

archive "albania" {
  description = "Albanian Central State Archive and foreign ministry archive: fond, viti (year), dosja, fleta."

  repository "AQSH" {
    names   = ["Arkivi Qendror Shtetëror", "Albanian Central State Archive"]
    aliases = ["AQSh"]
  }
  repository "AMPJ" {
    names   = ["Arkivi i Ministrisë së Punëve të Jashtme", "Archive of the Albanian Ministry of Foreign Affairs"]
    aliases = []
  }

  component "fond" {
    labels = ["F."]
    value  = "[0-9]+(?:/[A-Z]+)?"
  }
  component "viti" {
    title  = "year (V.)"
    labels = ["V."]
    value  = "1[89][0-9][0-9]|20[0-9][0-9]"
  }
  component "dosja" {
    labels = ["D.", "Dos."]
  }
  component "fleta" {
    labels = ["fl."]
    value  = "[0-9]+"
    range  = true
  }
}

archive "india" {
  description = "Indian archives: ministry and section, file number, pages."

  repository "NAI" {
    names   = ["National Archives of India", "Rashtriya Abhilekhagar"]
    aliases = []
  }
  repository "NMML" {
    names   = ["Nehru Memorial Museum and Library", "Nehru Memorial Museum & Library"]
    aliases = []
  }

  component "file_number" {
    title  = "file number"
    labels = ["File No.", "F. No."]
    value  = "[A-Za-z0-9][A-Za-z0-9()./-]*"
  }
}

archive "ghana" {
  description = "Public Records and Archives Administration Department of Ghana: RG numbers, folios."

  repository "PRAAD" {
    names   = ["Public Records and Archives Administration Department", "Public Records and Archives Administration", "National Archives of Ghana"]
    aliases = []
  }

  component "record_group" {
    title = "record group"
    value = "RG ?[0-9]+(?:/[0-9]+)*"
  }
}

archive "france" {
  description = "French national and diplomatic archives: series, carton, dossier, folios."

  repository "AN" {
    names   = ["Archives nationales", "Archives Nationales de France"]
    aliases = ["CARAN"]
  }
  repository "AD" {
    names   = ["Archives diplomatiques", "Centre des Archives diplomatiques de La Courneuve", "Centre des Archives diplomatiques de Nantes"]
    aliases = ["CADN", "CADLC", "MAE"]
  }
  repository "SHD" {
    names   = ["Service historique de la Défense"]
    aliases = []
  }

  component "carton" {
    labels = ["carton"]
  }
  component "dossier" {
    labels = ["dossier"]
  }
}

archive "italy" {
  description = "Italian archives: busta, fascicolo."

  repository "ACS" {
    names   = ["Archivio Centrale dello Stato"]
    aliases = []
  }
  repository "ASDMAE" {
    names   = ["Archivio Storico Diplomatico del Ministero degli Affari Esteri", "Archivio Storico Diplomatico"]
    aliases = ["ASMAE"]
  }

  component "busta" {
    labels = ["busta", "b."]
  }
  component "fascicolo" {
    labels = ["fasc."]
  }
}

archive "other" {
  description = "Other national archives whose citations carry only common components."

  repository "UNA" {
    names   = ["United Nations Archives", "United Nations Archives and Records Management Section"]
    aliases = ["UNARMS"]
  }
  repository "ISA" {
    names   = ["Israel State Archives"]
    aliases = []
  }
  repository "LAC" {
    names   = ["Library and Archives Canada", "National Archives of Canada", "Public Archives of Canada"]
    aliases = []
  }
  repository "NAA" {
    names   = ["National Archives of Australia"]
    aliases = []
  }
}

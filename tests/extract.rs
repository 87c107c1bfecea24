//! Table tests, one table per rule family, on sentences written for them.

use std::borrow::Cow;

use whoswho::{AcronymOrigin, Document, EntityKind, Extractor};

fn extract(text: &str) -> Document<'_> {
    let doc = Extractor::default().extract(text);
    for e in doc.entities() {
        assert_eq!(
            &text[e.span.range()],
            e.text,
            "entity span must slice the text"
        );
    }
    for t in doc.titles() {
        assert_eq!(
            &text[t.span.range()],
            t.title,
            "title span must slice the text"
        );
        for link in &t.chain {
            assert!(
                t.span.contains(link.span),
                "chain link {:?} lies inside title {:?}",
                link.text,
                t.title
            );
        }
    }
    doc
}

fn has_entity(doc: &Document, kind: EntityKind, text: &str) -> bool {
    doc.entities()
        .iter()
        .any(|e| e.kind == kind && e.text == text)
}

/// `text => [(KIND, "entity"), ...]`: every listed entity is found, with that kind.
macro_rules! entity_table {
    ($($name:ident: $text:expr => [$(($kind:ident, $ent:expr)),* $(,)?] $(not [$(($nk:ident, $nent:expr)),* $(,)?])?;)*) => {$(
        #[test]
        fn $name() {
            let doc = extract($text);
            let found: Vec<(&str, &str)> = doc.entities().iter().map(|e| (e.kind.label(), e.text.as_ref())).collect();
            $(assert!(has_entity(&doc, EntityKind::$kind, $ent), "missing {} {:?} in {:?}", stringify!($kind), $ent, found);)*
            $($(assert!(!has_entity(&doc, EntityKind::$nk, $nent), "unexpected {} {:?} in {:?}", stringify!($nk), $nent, found);)*)?
        }
    )*};
}

/// `text => [("person", "title"), ...]`: exactly these person-title pairs.
macro_rules! title_table {
    ($($name:ident: $text:expr => [$(($person:expr, $title:expr)),* $(,)?];)*) => {$(
        #[test]
        fn $name() {
            let doc = extract($text);
            let mut got: Vec<(&str, &str)> = doc.titles().iter().map(|t| (t.person.as_ref(), t.title.as_ref())).collect();
            got.sort();
            got.dedup();
            let mut want: Vec<(&str, &str)> = vec![$(($person, $title)),*];
            want.sort();
            assert_eq!(got, want);
        }
    )*};
}

entity_table! {
    chinese_names_from_surname_and_pinyin:
        "Zhou Wenbin met Gao Lixia in Shanghai on Monday." =>
        [(Person, "Zhou Wenbin"), (Person, "Gao Lixia"), (Loc, "Shanghai")];
    names_after_roles_and_honorifics:
        "Prime Minister Arjun Bahadur Thapa welcomed Mr. Oskar Lindqvist to Kathmandu." =>
        [(Person, "Arjun Bahadur Thapa"), (Person, "Oskar Lindqvist"), (Loc, "Kathmandu")]
        not [(Person, "Prime Minister Arjun Bahadur Thapa"), (Person, "Mr. Oskar Lindqvist")];
    name_before_a_position:
        "Sombath Keomany, Vice President of the Lao Women's Union, spoke." =>
        [(Person, "Sombath Keomany"), (Org, "Lao Women's Union")];
    bare_surname_is_a_mention:
        "Chen Weidong arrived on Tuesday. Chen said the talks went well." =>
        [(Person, "Chen Weidong"), (Person, "Chen")];
    possessive_is_not_part_of_the_name:
        "Prime Minister Ratu Vakaloa's visit to Suva ended." =>
        [(Person, "Ratu Vakaloa"), (Loc, "Suva")];
    russian_name_and_patronymic_in_either_order:
        "Talks with Sergei Viktorovich Orlov ended. Orlov Sergei Viktorovich then left for Minsk." =>
        [(Person, "Sergei Viktorovich Orlov"), (Person, "Orlov Sergei Viktorovich"), (Loc, "Minsk")];
    particles_inside_spanish_and_portuguese_names:
        "President Mariana Gomes da Costa met Juan Carlos de la Vega in Lima." =>
        [(Person, "Mariana Gomes da Costa"), (Person, "Juan Carlos de la Vega"), (Loc, "Lima")];
    arabic_particle_joined_by_a_hyphen:
        "Prime Minister Karim Aziz al-Hamdani met Salim bin Rashid." =>
        [(Person, "Karim Aziz al-Hamdani"), (Person, "Salim bin Rashid")];
    initials_before_a_name:
        "The talks were opened by R. K. Sharma Adhikari on Monday." =>
        [(Person, "R. K. Sharma Adhikari")];
    vietnamese_lao_and_indonesian_names:
        "Deputy Minister Vu Thi Hoa, Khamphet Sengdala and Joko Santoso attended." =>
        [(Person, "Vu Thi Hoa"), (Person, "Khamphet Sengdala"), (Person, "Joko Santoso")];
    names_that_are_words_after_a_title:
        "Governor Rose Young and Mayor Victor Strong spoke." =>
        [(Person, "Rose Young"), (Person, "Victor Strong")];
    a_thought_named_after_a_person_still_yields_the_person:
        "Delegates studied Deng Lihua Thought for a week." =>
        [(Person, "Deng Lihua")] not [(Person, "Deng Lihua Thought")];
    sentence_initial_words_are_not_names:
        "Both sides agreed. Political parties attended. Nearly 40 envoys came." =>
        [] not [(Person, "Both"), (Person, "Political"), (Person, "Nearly")];
    organization_with_of_chain:
        "He visited the Organization Department of the Provincial Party Committee of Hainan." =>
        [(Org, "Organization Department of the Provincial Party Committee of Hainan")]
        not [(Loc, "Hainan")];
    organization_with_and_inside_its_name:
        "Delegates of the Socialist Party of Bohemia and Moravia arrived." =>
        [(Org, "Socialist Party of Bohemia and Moravia")];
    leading_article_is_dropped:
        "The Ministry of Commerce said so." =>
        [(Org, "Ministry of Commerce")] not [(Org, "The Ministry of Commerce")];
    dateline_in_capitals:
        "HANOI, March 3 -- Talks opened in Hanoi." =>
        [(Loc, "HANOI"), (Loc, "Hanoi")];
    hyphenated_pair_of_places_is_two_mentions:
        "Vietnam-Laos relations grew, and so did the China-ASEAN Expo." =>
        [(Loc, "Vietnam"), (Loc, "Laos"), (Org, "China-ASEAN Expo")]
        not [(Org, "Vietnam-Laos"), (Loc, "Vietnam-Laos")];
    capitalized_function_words_inside_a_title_case_name:
        "He chairs the Council for Trade Between Asian and African Cities." =>
        [(Org, "Council for Trade Between Asian and African Cities")];
    sentence_opener_is_not_part_of_a_known_body:
        "Citing ASEAN rules, the minister spoke. Placing ASEAN first, he left." =>
        [(Org, "ASEAN")] not [(Org, "Citing ASEAN"), (Org, "Placing ASEAN")];
    modifier_before_a_known_body_is_not_part_of_it:
        "Senior CPC officials arrived." =>
        [(Org, "CPC")] not [(Org, "Senior CPC")];
    a_city_in_a_sports_result_is_a_team:
        "Results: Leicester 3 Porto 1. Porto is a city in Portugal." =>
        [(Org, "Leicester"), (Loc, "Porto"), (Loc, "Portugal")] not [(Loc, "Leicester")];
    teams_at_the_heads_of_result_lines_are_organizations:
        "Weekend results:\nKingsbridge 2 Eastfield Rovers 1\nBrazil 3 Norway 0\nThe match drew 4000 fans." =>
        [(Org, "Kingsbridge"), (Org, "Eastfield Rovers"), (Loc, "Brazil"), (Loc, "Norway")]
        not [(Org, "Brazil"), (Org, "The")];
    teams_in_standings_rows_but_not_people_or_prose:
        "Standings:\nEastfield Rovers 10 6 3 1 14\nPort Adley 10 5 2 3 12\nJohn Miller 68 70 72\nMarch 2 was wet and 3 clubs left." =>
        [(Org, "Eastfield Rovers"), (Org, "Port Adley"), (Person, "John Miller")]
        not [(Org, "John Miller"), (Org, "March")];
    a_line_in_capitals_before_a_date_is_a_dateline_place:
        "ELMSWORTH 2024-03-05\nThe council met.\nNEW YORK 2024-03-05\nShares rose.\nLOWER FENTON , England 2024-03-06\nRain fell." =>
        [(Loc, "ELMSWORTH"), (Loc, "NEW YORK"), (Loc, "LOWER FENTON"), (Loc, "England")]
        not [(Org, "NEW YORK"), (Org, "ELMSWORTH")];
    a_line_in_capitals_without_a_date_is_no_place:
        "WEATHER REPORT\nRain fell on 2024-03-05." =>
        [] not [(Loc, "WEATHER REPORT"), (Loc, "WEATHER")];
    company_names_keep_an_ampersand_and_the_stop_of_their_suffix:
        "Shares of Hartley & Moss Co rose, while Brentwood Holdings Corp. and Lanning Bros fell." =>
        [(Org, "Hartley & Moss Co"), (Org, "Brentwood Holdings Corp."), (Org, "Lanning Bros")]
        not [(Org, "Moss Co"), (Org, "Brentwood Holdings Corp")];
    a_head_word_alone_opening_a_sentence_is_no_name:
        "Police said the road was closed. Officials of the Party met on Monday." =>
        [(Org, "Party")] not [(Org, "Police")];
    a_place_inside_an_adjective_or_an_event_name_is_no_place:
        "The Lyon-based firm sponsors the Lisbon Open. Its chief flew to Madrid." =>
        [(Loc, "Madrid")] not [(Loc, "Lyon"), (Loc, "Lisbon")];
    sports_federations_and_exchanges_are_known_bodies:
        "The WBO stripped the champion, and shares fell on the New York Stock Exchange." =>
        [(Org, "WBO"), (Org, "New York Stock Exchange")] not [(Loc, "New York")];
    a_place_misspelt_by_one_letter_beside_its_name:
        "Officials from Guangxi arrived. Gungxi hopes to expand trade." =>
        [(Loc, "Guangxi"), (Loc, "Gungxi")];
    no_misspelling_without_the_place_nearby:
        "Gungxi hopes to expand trade." =>
        [] not [(Loc, "Gungxi")];
    demonyms_are_not_places:
        "Chinese and Indonesian officials met in Jakarta." =>
        [(Loc, "Jakarta")] not [(Loc, "Chinese"), (Loc, "Indonesian")];
}

title_table! {
    titles_after_a_name_split_on_and:
        "Tran Minh Khoa, Member of the Political Bureau of the Central Committee of the Communist Party of Vietnam and Secretary of the Hanoi Party Committee, met the delegation." => [
            ("Tran Minh Khoa", "Member of the Political Bureau of the Central Committee of the Communist Party of Vietnam"),
            ("Tran Minh Khoa", "Secretary of the Hanoi Party Committee"),
        ];
    lower_case_wire_style_with_article:
        "Zhang Lihua, a member of the Standing Committee of the Political Bureau of the CPC Central Committee, attended." => [
            ("Zhang Lihua", "member of the Standing Committee of the Political Bureau of the CPC Central Committee"),
        ];
    titles_before_names:
        "Prime Minister Arjun Bahadur Thapa met Foreign Minister Li Wenbo in Kathmandu." => [
            ("Arjun Bahadur Thapa", "Prime Minister"),
            ("Li Wenbo", "Foreign Minister"),
        ];
    list_of_people_each_with_titles:
        "The meeting was attended by Wu Haoran, Vice-minister of the Ministry of Commerce, Siti Rahmawati, Chairwoman of the Regional Council of Bali, and Kenji Sato, Deputy Director of the Asia Department of the Foreign Ministry." => [
            ("Wu Haoran", "Vice-minister of the Ministry of Commerce"),
            ("Siti Rahmawati", "Chairwoman of the Regional Council of Bali"),
            ("Kenji Sato", "Deputy Director of the Asia Department of the Foreign Ministry"),
        ];
    pre_name_titles_joined_by_and:
        "General Secretary of the Central Committee of the Communist Party of Vietnam and President Le Van Duc spoke." => [
            ("Le Van Duc", "General Secretary of the Central Committee of the Communist Party of Vietnam"),
            ("Le Van Duc", "President"),
        ];
    trailing_bracketed_acronym_is_dropped_from_the_title:
        "Nguyen Thi Lan, President of the Front for National Solidarity (FNS), said the FNS would help." => [
            ("Nguyen Thi Lan", "President of the Front for National Solidarity"),
        ];
    ambassador_of_a_country_to_another:
        "The talks were attended by Ambassador of Laos to Thailand Somphet Inthavong." => [
            ("Somphet Inthavong", "Ambassador of Laos to Thailand"),
        ];
    possessive_determiner_inside_the_chain:
        "Xu Mingyuan, head of its Foreign Liaison Department, spoke." => [
            ("Xu Mingyuan", "head of its Foreign Liaison Department"),
        ];
    and_inside_a_party_name_without_a_head_before_it:
        "Arjun Thapa, General Secretary of the Nepal Farmers and Artisans Union, spoke." => [
            ("Arjun Thapa", "General Secretary of the Nepal Farmers and Artisans Union"),
        ];
    two_bodies_joined_by_and_are_two_positions:
        "Pham Quoc Viet, Chairman of the People's Council of Hue and Secretary of the Hue Party Committee, spoke." => [
            ("Pham Quoc Viet", "Chairman of the People's Council of Hue"),
            ("Pham Quoc Viet", "Secretary of the Hue Party Committee"),
        ];
    also_and_who_is_also_before_a_position:
        "Wen Qiao, also secretary of the Provincial Party Committee, and Hu Lan, who is also mayor of Sanya, attended." => [
            ("Wen Qiao", "secretary of the Provincial Party Committee"),
            ("Hu Lan", "mayor of Sanya"),
        ];
    after_led_by_and_including:
        "A delegation led by Ivan Petrov, deputy chairman of the State Duma, arrived, with guests including Ana Ribeiro, President of the Workers' Party." => [
            ("Ivan Petrov", "deputy chairman of the State Duma"),
            ("Ana Ribeiro", "President of the Workers' Party"),
        ];
    after_met_with:
        "Premier Gao Feng met with Hamid Karimov, Minister of Energy of Uzbekistan, on Friday." => [
            ("Gao Feng", "Premier"),
            ("Hamid Karimov", "Minister of Energy of Uzbekistan"),
        ];
    roles_sharing_one_body_give_two_positions:
        "Omar Haddad, Chairman and Secretary General of the National Unity Front, spoke." => [
            ("Omar Haddad", "Chairman"),
            ("Omar Haddad", "Secretary General of the National Unity Front"),
        ];
    acting_and_executive_modifiers_stay:
        "Rosa Delgado, acting president of the Senate, met executive vice chairman Tan Boon Lee." => [
            ("Rosa Delgado", "acting president of the Senate"),
            ("Tan Boon Lee", "executive vice chairman"),
        ];
    hyphenated_and_spaced_role_variants:
        "Secretary-General Ana Moreno met Vice Minister Park Ji-hoon and Vice-minister Zhao Lihong." => [
            ("Ana Moreno", "Secretary-General"),
            ("Park Ji-hoon", "Vice Minister"),
            ("Zhao Lihong", "Vice-minister"),
        ];
    bracket_inside_a_title_stays:
        "Liang Qichen, head of the International Department of the Communist Party of China (CPC) Central Committee, spoke." => [
            ("Liang Qichen", "head of the International Department of the Communist Party of China (CPC) Central Committee"),
        ];
    title_before_a_later_bare_surname_gets_the_full_name:
        "Chen Weidong arrived on Tuesday. Minister Chen said the talks went well." => [
            ("Chen Weidong", "Minister"),
        ];
}

#[test]
fn title_structure_has_role_modifiers_and_chain() {
    let doc = extract(
        "Wu Haoran, first deputy chairman of the Standing Committee of the Party Committee of Hainan Province, spoke.",
    );
    let t = doc.titles().first().expect("one title");
    assert_eq!(
        t.title,
        "first deputy chairman of the Standing Committee of the Party Committee of Hainan Province"
    );
    assert_eq!(t.role.text, "chairman");
    let modifiers: Vec<&str> = t.modifiers.iter().map(|m| m.text.as_ref()).collect();
    assert_eq!(modifiers, ["first", "deputy"]);
    let chain: Vec<(&str, EntityKind)> =
        t.chain.iter().map(|l| (l.text.as_ref(), l.kind)).collect();
    assert_eq!(
        chain,
        [
            ("Standing Committee", EntityKind::Org),
            ("Party Committee", EntityKind::Org),
            ("Hainan Province", EntityKind::Loc)
        ]
    );
}

#[test]
fn each_title_keeps_its_own_modifiers_and_prefix_links() {
    // Positions keep their modifiers and prefix links side by side in shared
    // storage: each title must get back its own.
    let doc = extract(
        "Ana Ruiz, former deputy minister of the Interior Ministry, met Tomas Berg, acting \
         Foreign Ministry spokesman, and Lena Holt, vice chairwoman of the Senate. Chinese \
         Vice Premier Liu Wen also attended.",
    );
    let parts: Vec<(&str, Vec<&str>, Vec<&str>)> = doc
        .titles()
        .iter()
        .map(|t| {
            (
                t.person.as_ref(),
                t.modifiers.iter().map(|m| m.text.as_ref()).collect(),
                t.chain.iter().map(|l| l.text.as_ref()).collect(),
            )
        })
        .collect();
    assert_eq!(
        parts,
        [
            (
                "Ana Ruiz",
                vec!["former", "deputy"],
                vec!["Interior Ministry"]
            ),
            ("Tomas Berg", vec!["acting"], vec!["Foreign Ministry"]),
            ("Lena Holt", vec!["vice"], vec!["Senate"]),
            ("Liu Wen", vec!["Vice"], vec!["Chinese"]),
        ]
    );
}

#[test]
fn role_is_the_head_and_the_body_is_the_chain() {
    let doc =
        extract("Dao Van Tuan, Secretary of the Party Committee of Quang Tri Province, spoke.");
    let t = doc.titles().first().expect("one title");
    assert_eq!(
        t.title,
        "Secretary of the Party Committee of Quang Tri Province"
    );
    assert_eq!(t.role.text, "Secretary");
    let chain: Vec<&str> = t.chain.iter().map(|l| l.text.as_ref()).collect();
    assert_eq!(chain, ["Party Committee", "Quang Tri Province"]);
    assert_eq!(t.chain[1].id, Some("iso:VN-25"));
}

#[test]
fn chain_runs_from_the_innermost_body_to_the_outermost_place() {
    let doc = extract("Politburo member of the Communist Party of Vietnam Do Van Khanh spoke.");
    let t = doc.titles().first().expect("one title");
    assert_eq!(
        t.title,
        "Politburo member of the Communist Party of Vietnam"
    );
    let chain: Vec<&str> = t.chain.iter().map(|l| l.text.as_ref()).collect();
    assert_eq!(chain, ["Politburo", "Communist Party of Vietnam"]);
    let doc = extract("Chinese Vice Minister of Commerce Li Wenbo arrived.");
    let t = doc.titles().first().expect("one title");
    let chain: Vec<&str> = t.chain.iter().map(|l| l.text.as_ref()).collect();
    assert_eq!(chain, ["Commerce", "Chinese"]);
    assert_eq!(t.chain[1].id, Some("iso:CN"));
}

#[test]
fn a_body_named_by_its_complement_is_one_link() {
    let doc = extract(
        "Kim Su Hyon, Director of the Department of Cultural Relations of Quang Tri Province, spoke.",
    );
    let t = doc.titles().first().expect("one title");
    let chain: Vec<(&str, EntityKind)> =
        t.chain.iter().map(|l| (l.text.as_ref(), l.kind)).collect();
    assert_eq!(
        chain,
        [
            ("Department of Cultural Relations", EntityKind::Org),
            ("Quang Tri Province", EntityKind::Loc)
        ]
    );
}

#[test]
fn a_misspelling_near_two_places_is_refused() {
    // "Zorlath" is one edit from both "Zorvath" and "Zorbath": too close to call.
    let extractor = Extractor::builder()
        .gazetteer_tsv(
            "two.tsv",
            "geo:zv\tLOC\tZorvath\t\t\t\ngeo:zb\tLOC\tZorbath\t\t\t\n",
        )
        .build()
        .unwrap();
    let doc = extractor.extract("Zorvath and Zorbath signed. Zorlath hopes for more.");
    assert!(!doc.entities().iter().any(|e| e.text == "Zorlath"));
    let doc = extractor.extract("Zorvath signed. Zorvith hopes for more.");
    let typo = doc
        .entities()
        .iter()
        .find(|e| e.text == "Zorvith")
        .expect("one edit from Zorvath");
    assert_eq!(
        (typo.kind, typo.id, typo.why.rule),
        (EntityKind::Loc, Some("geo:zv"), "loc.one-edit")
    );
}

#[test]
fn a_misspelling_is_found_among_many_places_of_its_first_letter() {
    // Places of one first letter, of every length around the misspelt ones, and
    // three whose first characters (É and Ö) share their first byte.
    let mut tsv = String::new();
    let places = [
        "Zorvath",
        "Zu",
        "Zarkon",
        "Zimbarra",
        "Zoltanburg",
        "Zeppelinford",
        "Zorvaxxan",
        "Zyrrh",
        "Zorvathia",
        "Émoril",
        "Ölmara",
        "Ébrelot",
    ];
    for (k, place) in places.iter().enumerate() {
        tsv.push_str(&format!("geo:{k}\tLOC\t{place}\t\t\t\n"));
    }
    let extractor = Extractor::builder()
        .gazetteer_tsv("places.tsv", tsv)
        .build()
        .unwrap();
    let named = "Zorvath, Zu, Zarkon, Zimbarra, Zoltanburg, Zeppelinford, Zorvaxxan, Zyrrh, \
                 Zorvathia, Émoril, Ölmara and Ébrelot signed.";
    // One letter dropped, added and replaced, the last one too.
    for (typo, place) in [
        ("Zorvth", "Zorvath"),
        ("Zorvaath", "Zorvath"),
        ("Zorvith", "Zorvath"),
        ("Zorvatx", "Zorvath"),
        ("Zorvat", "Zorvath"),
        ("Ölmra", "Ölmara"),
        ("Émorill", "Émoril"),
    ] {
        // Twice: a word met again is answered as the first time.
        let text = format!("{named} {typo} hopes for more. In {typo} they agreed.");
        let doc = extractor.extract(&text);
        let k = places.iter().position(|p| *p == place).unwrap();
        let found: Vec<_> = doc
            .entities()
            .iter()
            .filter(|e| e.text == typo)
            .map(|e| (e.kind, e.id))
            .collect();
        let id = format!("geo:{k}");
        assert_eq!(found, [(EntityKind::Loc, Some(id.as_str())); 2], "{typo}");
    }
}

#[test]
fn trailing_acronym_is_linked_to_the_title() {
    let doc =
        extract("Nguyen Thi Lan, President of the Front for National Solidarity (FNS), said so.");
    let t = doc.titles().first().expect("one title");
    assert_eq!(t.title, "President of the Front for National Solidarity");
    assert_eq!(t.acronym.as_ref().map(|p| p.text.as_ref()), Some("FNS"));
}

#[test]
fn given_name_mentions_join_lao_and_thai_names() {
    let doc = extract("Prime Minister Somsavat Phomvihane arrived. Somsavat thanked the hosts.");
    let person = &doc.people()[0];
    assert_eq!(person.name, "Somsavat Phomvihane");
    let mentions: Vec<&str> = person.mentions.iter().map(|m| m.text.as_ref()).collect();
    assert_eq!(mentions, ["Somsavat Phomvihane", "Somsavat"]);
}

#[test]
fn a_name_split_by_a_line_break_is_one_person() {
    let doc =
        extract("The delegation was received by Minister Zhou\nWenbin on Monday in the capital.");
    let names: Vec<&str> = doc.people().iter().map(|p| p.name.as_ref()).collect();
    assert_eq!(names, ["Zhou Wenbin"]);
    assert_eq!(doc.people()[0].mentions[0].text, "Zhou\nWenbin");
}

#[test]
fn strings_written_in_the_text_are_borrowed_and_made_ones_owned() {
    let doc = extract("Minister Zhou\nWenbin met Foreign Minister Li Wenbo in Hanoi.");
    let names: Vec<(&str, bool)> = doc
        .people()
        .iter()
        .map(|p| (p.name.as_ref(), matches!(p.name, Cow::Borrowed(_))))
        .collect();
    assert_eq!(names, [("Zhou Wenbin", false), ("Li Wenbo", true)]);
    let title = &doc.titles()[0];
    assert!(matches!(title.title, Cow::Borrowed(_)));
    assert!(matches!(title.role.text, Cow::Borrowed(_)));
    let entities = doc.entities();
    assert!(!entities.is_empty() && entities.iter().all(|e| matches!(e.text, Cow::Borrowed(_))));
}

#[test]
fn an_owned_document_outlives_its_text_unchanged() {
    let text = String::from(
        "Song Tao, Minister of the International Department of the CPC Central Committee \
         (IDCPC), met Nguyen Thi Lan, President of the Front for National Solidarity (FNS).",
    );
    let doc = extract(&text);
    let json = serde_json::to_string(&doc).unwrap();
    let owned: Document<'static> = doc.clone().into_owned();
    assert_eq!(owned, doc);
    drop(doc);
    drop(text);
    assert_eq!(serde_json::to_string(&owned).unwrap(), json);
    assert!(!owned.titles().is_empty() && !owned.acronyms().is_empty());
}

#[test]
fn possessive_mentions_join_the_person() {
    let doc = extract("Zhou Wenbin arrived on Monday. Zhou's speech was long.");
    assert_eq!(doc.people().len(), 1);
    let mentions: Vec<&str> = doc.people()[0]
        .mentions
        .iter()
        .map(|m| m.text.as_ref())
        .collect();
    assert_eq!(mentions, ["Zhou Wenbin", "Zhou"]);
}

#[test]
fn people_are_merged_with_their_mentions_and_titles() {
    let doc = extract(
        "Foreign Minister Li Wenbo met Maria Fernandez. Li said ties were strong. Fernandez agreed.",
    );
    let names: Vec<&str> = doc.people().iter().map(|p| p.name.as_ref()).collect();
    assert_eq!(names, ["Li Wenbo", "Maria Fernandez"]);
    let li = &doc.people()[0];
    let mentions: Vec<&str> = li.mentions.iter().map(|m| m.text.as_ref()).collect();
    assert_eq!(mentions, ["Li Wenbo", "Li"]);
    let titles: Vec<&str> = doc.titles_of(li).map(|t| t.title.as_ref()).collect();
    assert_eq!(titles, ["Foreign Minister"]);
    assert_eq!(doc.people()[1].mentions.len(), 2);
}

/// `text => [("short", "long", origin), ...]`: these acronyms are found.
macro_rules! acronym_table {
    ($($name:ident: $text:expr => [$(($short:expr, $long:expr, $origin:ident)),* $(,)?];)*) => {$(
        #[test]
        fn $name() {
            let doc = extract($text);
            let got: Vec<(&str, &str, AcronymOrigin)> = doc.acronyms().iter().map(|a| (a.short.as_ref(), a.long.as_ref(), a.origin)).collect();
            $(assert!(got.contains(&($short, $long, AcronymOrigin::$origin)), "missing {} = {} in {:?}", $short, $long, got);)*
        }
    )*};
}

acronym_table! {
    long_form_then_short_form:
        "Leaders of the Joint Committee on Border Affairs (JCBA) met. The JCBA agreed." =>
        [("JCBA", "Joint Committee on Border Affairs", Defined)];
    short_form_then_long_form:
        "The SEZ (Special Economic Zone) opened in May." =>
        [("SEZ", "Special Economic Zone", Defined)];
    long_form_with_a_function_word_inside:
        "Delegates of the Lao Front for National Solidarity (FNS) met." =>
        [("FNS", "Front for National Solidarity", Defined)];
    lower_case_long_form:
        "Clearing unexploded ordnance (UXO) remains a priority." =>
        [("UXO", "unexploded ordnance", Defined)];
    initials_beat_the_shortest_match:
        "They agreed on a Code of Conduct (COC) and the COC will bind them." =>
        [("COC", "Code of Conduct", Defined)];
    known_from_the_gazetteer:
        "Officials of the CPC and ASEAN met." =>
        [("CPC", "Communist Party of China", Known), ("ASEAN", "Association of Southeast Asian Nations", Known)];
    known_from_a_long_form_elsewhere_in_the_text:
        "The National Reform Council met on Friday. Members of the NRC voted." =>
        [("NRC", "National Reform Council", Known)];
}

/// The expansions given for `short`, in order.
fn expansions<'d>(doc: &'d Document, short: &str) -> Vec<(&'d str, AcronymOrigin)> {
    doc.acronyms()
        .iter()
        .filter(|a| a.short == short)
        .map(|a| (a.long.as_ref(), a.origin))
        .collect()
}

#[test]
fn an_acronym_inside_a_known_long_form_is_spelled_out_too() {
    let doc = extract("Envoys of the IDCPC and of the CPC toured two farms near Kunming.");
    assert_eq!(
        expansions(&doc, "IDCPC"),
        [
            (
                "International Department of the CPC Central Committee",
                AcronymOrigin::Known
            ),
            (
                "International Department of the Communist Party of China Central Committee",
                AcronymOrigin::Known
            ),
        ]
    );
    // A long form without an acronym inside has one expansion.
    assert_eq!(
        expansions(&doc, "CPC"),
        [("Communist Party of China", AcronymOrigin::Known)]
    );
}

#[test]
fn an_acronym_inside_a_long_form_is_spelled_out_from_its_definition() {
    let doc = extract(
        "The Xanadu Quarry Authority (XQA) was formed. The Reform Office of the XQA met on Monday. The ROX then voted.",
    );
    assert_eq!(
        expansions(&doc, "ROX"),
        [
            ("Reform Office of the XQA", AcronymOrigin::Known),
            (
                "Reform Office of the Xanadu Quarry Authority",
                AcronymOrigin::Known
            ),
        ]
    );
}

#[test]
fn an_acronym_defined_in_the_text_keeps_its_one_long_form() {
    let doc = extract(
        "The Board of the CPC Youth Office (BCYO) met. Later the BCYO and the IDCPC spoke.",
    );
    assert_eq!(
        expansions(&doc, "BCYO"),
        [("Board of the CPC Youth Office", AcronymOrigin::Defined)]
    );
    assert_eq!(expansions(&doc, "IDCPC").len(), 2);
}

#[test]
fn defined_acronym_mentions_are_organizations() {
    let doc =
        extract("Leaders of the Joint Committee on Border Affairs (JCBA) met. The JCBA agreed.");
    assert!(has_entity(
        &doc,
        EntityKind::Org,
        "Joint Committee on Border Affairs"
    ));
    assert!(has_entity(&doc, EntityKind::Org, "JCBA"));
}

#[test]
fn defined_acronyms_not_in_capitals_are_found_again_too() {
    // A later mention is found whatever the case of the short forms defined
    // beside it: all in capitals, mixed, or both.
    for text in [
        "The Ministry of Frontier Trade (MoFT) opened. Later the MoFT agreed.",
        "The Joint Committee on Border Affairs (JCBA) and the Ministry of Frontier \
         Trade (MoFT) opened. Later the MoFT and the JCBA agreed.",
    ] {
        let doc = extract(text);
        for short in ["MoFT", "JCBA"].into_iter().filter(|s| text.contains(s)) {
            let later = text.rfind(short).unwrap();
            assert!(
                doc.entities().iter().any(|e| e.kind == EntityKind::Org
                    && e.span.start == later
                    && e.why.rule == "acronym.defined"),
                "{short} at {later} in {text:?}: {:?}",
                doc.entities()
            );
        }
    }
}

#[test]
fn the_words_of_a_place_in_capitals_are_not_spelled_out_by_bodies() {
    // "CITY" is the initials of the committee, but here it is part of a dateline.
    let text = "HO CHI MINH CITY, May 3 - The Committee of Industry Trade and Youth \
                met on Monday. The committee said the CITY delegation arrived.";
    let doc = extract(text);
    assert!(has_entity(&doc, EntityKind::Loc, "HO CHI MINH CITY"));
    assert!(
        doc.entities()
            .iter()
            .any(|e| e.kind == EntityKind::Org && e.text.starts_with("Committee of Industry")),
        "{:?}",
        doc.entities()
    );
    // Only the word standing alone is an acronym of the committee.
    let city: Vec<usize> = doc
        .acronyms()
        .iter()
        .filter(|x| x.short == "CITY")
        .map(|x| x.short_span.start)
        .collect();
    assert_eq!(city, [text.rfind("CITY").unwrap()], "{:?}", doc.acronyms());
}

#[test]
fn an_unknown_body_and_its_acronym_share_a_document_local_id() {
    let doc =
        extract("Leaders of the Joint Committee on Border Affairs (JCBA) met. The JCBA agreed.");
    let ids: Vec<Option<&str>> = doc
        .entities()
        .iter()
        .filter(|e| e.text == "Joint Committee on Border Affairs" || e.text == "JCBA")
        .map(|e| e.id)
        .collect();
    assert_eq!(
        ids,
        [Some("doc:org:1"), Some("doc:org:1"), Some("doc:org:1")]
    );
    let acronym = doc.acronyms().iter().find(|a| a.short == "JCBA").unwrap();
    assert_eq!(acronym.id, Some("doc:org:1"));
    let doc = extract(
        "Lin Bo, Chairman of the Joint Committee on Border Affairs, met the Committee on Rivers.",
    );
    let link = &doc.titles()[0].chain[0];
    let entity = doc
        .entities()
        .iter()
        .find(|e| e.text == "Joint Committee on Border Affairs")
        .unwrap();
    assert_eq!(link.id, entity.id);
    assert!(link.id.is_some_and(|id| id.starts_with("doc:org:")));
}

#[test]
fn variants_and_word_orders_of_a_known_body_share_its_id() {
    let doc = extract(
        "The CPC Central Committee met on Monday. Envoys praised the Central Committee of the \
         Communist Party of China, and the Communist Party of China Central Committee replied. \
         The International Department of the Central Committee of the CPC and the CPC Central \
         Committee's International Department are one body.",
    );
    let ids = |texts: &[&str]| -> Vec<Option<&str>> {
        texts
            .iter()
            .map(|t| {
                let e = doc.entities().iter().find(|e| e.text == *t);
                e.unwrap_or_else(|| panic!("no entity {t:?}")).id
            })
            .collect()
    };
    let committee = ids(&[
        "CPC Central Committee",
        "Central Committee of the Communist Party of China",
        "Communist Party of China Central Committee",
    ]);
    assert!(
        committee
            .iter()
            .all(|&id| id == Some("org:cpc-central-committee"))
    );
    let department = ids(&[
        "International Department of the Central Committee of the CPC",
        "CPC Central Committee's International Department",
    ]);
    assert!(department.iter().all(|&id| id == Some("org:idcpc")));
}

#[test]
fn capitals_that_are_not_acronyms_are_left_alone() {
    let doc = extract(
        "HANOI, May 4 -- COVID-19 rules were eased.\nLEADERS PLEDGE CLOSER TIES\n\
         The Association of Southeast Asian Nations (ASEAN) met in Hanoi.",
    );
    let shorts: Vec<&str> = doc.acronyms().iter().map(|a| a.short.as_ref()).collect();
    assert_eq!(shorts, ["ASEAN"], "{shorts:?}");
    assert!(has_entity(&doc, EntityKind::Loc, "HANOI"));
    for word in ["COVID", "LEADERS", "PLEDGE", "CLOSER", "TIES"] {
        assert!(
            !doc.entities().iter().any(|e| e.text.contains(word)),
            "{word} is no entity: {:?}",
            doc.entities()
        );
    }
}

#[test]
fn ids_of_an_added_list_outlive_the_extractor_and_are_kept_once() {
    let tsv = "org:tern\tORG\tTern Harbour Authority\t\tTHA\t\n";
    let build = || {
        Extractor::builder()
            .gazetteer_tsv("mine.tsv", tsv)
            .build()
            .unwrap()
    };
    let id_found_by = |extractor: Extractor| {
        let doc = extractor.extract("Officials of the Tern Harbour Authority met.");
        let ids: Vec<&'static str> = doc.entities().iter().filter_map(|e| e.id).collect();
        assert_eq!(ids, ["org:tern"], "{:?}", doc.entities());
        ids[0]
    };
    // Each extractor is gone by the time its id is compared.
    let first = id_found_by(build());
    let second = id_found_by(build());
    assert!(
        std::ptr::eq(first, second),
        "one copy of the id for both builds"
    );
}

#[test]
fn extractor_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Extractor>();
}

#[test]
fn empty_and_odd_inputs_give_empty_or_valid_documents() {
    for text in [
        "",
        " ",
        "\n\n",
        "(",
        ")(",
        "((((",
        "Mr.",
        "of the of the",
        "中文文本",
        "😀 A",
        "A\u{301}B",
    ] {
        let doc = extract(text);
        assert!(doc.titles().len() <= doc.people().iter().map(|p| p.titles.len()).sum::<usize>());
    }
}

/// The per-token buffers a thread keeps between documents carry nothing over: a
/// document extracted after others on one thread comes out as it does alone on a
/// fresh thread, whether the one before it was longer, shorter or empty.
#[test]
fn documents_extracted_in_turn_on_one_thread_come_out_as_alone() {
    // Long enough (over 300,000 tokens) that the tables kept from it are cut down
    // after the short texts that follow it, and grown again for the next long one.
    let long = "Foreign Minister Ana Pereira of Portugal met Prime Minister Jonas Berg \
                in Oslo on Monday, the Nordic Trade Council (NTC) said. "
        .repeat(12_000);
    let texts = [
        long.clone(),
        "Berg said the NTC would meet again in Lisbon.".to_string(),
        String::new(),
        "President Maria Sousa visited Geneva.".to_string(),
        long,
        "Pereira thanked Berg.".to_string(),
    ];
    let as_json = |text: &str| serde_json::to_string(&extract(text)).expect("serializes");
    let alone: Vec<String> = texts
        .iter()
        .map(|text| {
            let text = text.clone();
            std::thread::spawn(move || as_json(&text))
                .join()
                .expect("extraction on a fresh thread")
        })
        .collect();
    assert!(
        alone[0].contains("Nordic Trade Council"),
        "{:.200}",
        alone[0]
    );
    for (text, expected) in texts.iter().zip(&alone) {
        assert_eq!(&as_json(text), expected, "{text:.40}");
    }
}

//! A deterministic generator of news-like English text for benchmarks.
//!
//! Articles in the style of party-media and government news releases: datelines,
//! invented people with long nested titles ("Member of the Political Bureau of the ...
//! Central Committee and Secretary of the ... Committee of ... Province"), titles before
//! names, bodies defined with an acronym in brackets, bare-surname mentions, quotes and
//! numbers. Every name is made up from syllable lists; places are real countries and
//! cities, bodies are generic. The same `bytes` always gives the same text.
//!
//! Shared by `benches/extract.rs` and `examples/bench_corpus.rs`; each uses a part.
#![allow(dead_code)]

/// SplitMix64: tiny, fast, and good enough to pick template parts.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// A person: the full name, and how later mentions refer to them.
struct Name {
    full: String,
    short: String,
}

const CN_SURNAMES: &[&str] = &[
    "Zhao", "Qian", "Sun", "Li", "Zhou", "Wu", "Zheng", "Wang", "Feng", "Chen", "Wei", "Jiang",
    "Shen", "Han", "Yang", "Zhu", "Qin", "Xu", "He", "Lü", "Shi", "Zhang", "Kong", "Cao",
];
const CN_GIVEN: &[&str] = &[
    "wen", "jun", "hai", "ming", "xiao", "jian", "guo", "hong", "li", "ping", "qiang", "yun",
    "dong", "hua", "lin", "feng", "zhi", "rong", "bo", "chun", "xin", "yu", "tao", "jie",
];
const VN_SURNAMES: &[&str] = &[
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong",
];
const VN_MIDDLE: &[&str] = &["Van", "Thi", "Minh", "Duc", "Quoc", "Thanh", "Huu", "Ngoc"];
const VN_GIVEN: &[&str] = &[
    "Khoa", "Huong", "Tam", "Phuc", "Lan", "Hung", "Dung", "Son", "Binh", "Nam", "Trung", "Thao",
    "Hải", "Nguyễn", "Quang", "Vinh",
];
const LAO_GIVEN: &[&str] = &[
    "Souvanh",
    "Khamla",
    "Bounmy",
    "Phouthone",
    "Somsack",
    "Vilay",
    "Thongsavanh",
    "Kikeo",
    "Sisavath",
    "Bounlieng",
];
const LAO_FAMILY: &[&str] = &[
    "Phommachak",
    "Vongsavath",
    "Sisouphanh",
    "Keomany",
    "Inthavong",
    "Chanthalangsy",
    "Xaysomphou",
    "Douangchanh",
];
const ID_NAMES: &[&str] = &[
    "Bambang",
    "Wicaksono",
    "Hadiprojo",
    "Sri",
    "Wahyuni",
    "Agus",
    "Setiawan",
    "Retno",
    "Kusumo",
    "Budi",
    "Santoso",
    "Dewi",
    "Lestari",
    "Joko",
    "Prasetyo",
];
const NP_GIVEN: &[&str] = &[
    "Ram", "Hari", "Krishna", "Sita", "Gita", "Bishnu", "Shanti", "Pushpa", "Dil", "Kamal",
];
const NP_MIDDLE: &[&str] = &["Bahadur", "Prasad", "Kumari", "Raj", "Nath"];
const NP_FAMILY: &[&str] = &[
    "Karki",
    "Shrestha",
    "Adhikari",
    "Gurung",
    "Thapa",
    "Poudel",
    "Bhattarai",
    "Rai",
];
const WEST_GIVEN: &[&str] = &[
    "Maria", "Anna", "Thomas", "Peter", "Elena", "Lucas", "Sofia", "Jonas", "Clara", "Marek",
];
const WEST_FAMILY: &[&str] = &[
    "Lindqvist",
    "Moreau",
    "Kowalczyk",
    "Haldane",
    "Ferreira",
    "Novak",
    "Brandt",
    "Okafor",
];

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn person(rng: &mut Rng) -> Name {
    match rng.below(6) {
        0 => {
            let surname = rng.pick(CN_SURNAMES);
            let mut given = capitalize(rng.pick(CN_GIVEN));
            if rng.chance(70) {
                given.push_str(rng.pick(CN_GIVEN));
            }
            Name {
                full: format!("{surname} {given}"),
                short: surname.to_string(),
            }
        }
        1 => {
            let surname = rng.pick(VN_SURNAMES);
            let middle = rng.pick(VN_MIDDLE);
            let given = rng.pick(VN_GIVEN);
            let full = if rng.chance(30) {
                format!("{surname} {middle} {} {given}", rng.pick(VN_GIVEN))
            } else {
                format!("{surname} {middle} {given}")
            };
            Name {
                full,
                short: surname.to_string(),
            }
        }
        2 => {
            let given = rng.pick(LAO_GIVEN);
            Name {
                full: format!("{given} {}", rng.pick(LAO_FAMILY)),
                short: given.to_string(),
            }
        }
        3 => {
            let parts = 1 + rng.below(3);
            let mut words: Vec<&str> = Vec::with_capacity(parts);
            while words.len() < parts {
                let word = rng.pick(ID_NAMES);
                if !words.contains(&word) {
                    words.push(word);
                }
            }
            Name {
                full: words.join(" "),
                short: words[0].to_string(),
            }
        }
        4 => {
            let family = rng.pick(NP_FAMILY);
            let full = if rng.chance(50) {
                format!("{} {} {family}", rng.pick(NP_GIVEN), rng.pick(NP_MIDDLE))
            } else {
                format!("{} {family}", rng.pick(NP_GIVEN))
            };
            Name {
                full,
                short: family.to_string(),
            }
        }
        _ => {
            let family = rng.pick(WEST_FAMILY);
            Name {
                full: format!("{} {family}", rng.pick(WEST_GIVEN)),
                short: family.to_string(),
            }
        }
    }
}

const COUNTRIES: &[&str] = &[
    "Vietnam",
    "Laos",
    "China",
    "Indonesia",
    "Nepal",
    "Cambodia",
    "Thailand",
    "Myanmar",
    "Malaysia",
    "the Philippines",
    "Mongolia",
    "Sri Lanka",
    "Bangladesh",
    "Chile",
    "Brazil",
    "Poland",
    "Kenya",
];
const CITIES: &[(&str, &str)] = &[
    ("HANOI", "Hanoi"),
    ("BEIJING", "Beijing"),
    ("VIENTIANE", "Vientiane"),
    ("JAKARTA", "Jakarta"),
    ("KATHMANDU", "Kathmandu"),
    ("PHNOM PENH", "Phnom Penh"),
    ("NANNING", "Nanning"),
    ("HO CHI MINH CITY", "Ho Chi Minh City"),
    ("ULAN BATOR", "Ulan Bator"),
    ("SANTIAGO", "Santiago"),
    ("WARSAW", "Warsaw"),
];
const PROVINCES: &[&str] = &[
    "Quang Ninh Province",
    "Lang Son Province",
    "Luang Prabang Province",
    "Champasak Province",
    "Yunnan Province",
    "Guangxi Zhuang Autonomous Region",
    "West Java Province",
    "Bagmati Province",
    "Dak Lak Province",
    "Hua Phan Province",
];
const MONTHS: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
const PARTIES: &[&str] = &[
    "People's Revolutionary Party",
    "Workers' Party",
    "Communist Party",
    "Socialist Unity Party",
    "Democratic Labour Party",
];
const ROLES_HIGH: &[&str] = &[
    "Secretary",
    "Deputy Secretary",
    "Standing Deputy Secretary",
    "Chairman",
    "Vice Chairwoman",
    "Head",
    "Deputy Head",
    "Director",
    "Permanent Vice President",
    "member",
];
const BODIES: &[&str] = &[
    "Party Committee",
    "People's Committee",
    "Commission for External Relations",
    "Committee for Inspection",
    "Organization Commission",
    "Department of Foreign Affairs",
    "Fatherland Front Committee",
    "Youth Union",
    "Women's Union",
    "Trade Union Federation",
];
const MINISTRIES: &[&str] = &[
    "Foreign Affairs",
    "Public Security",
    "National Defence",
    "Planning and Investment",
    "Agriculture and Rural Development",
    "Industry and Trade",
    "Education and Sports",
    "Natural Resources and Environment",
];
/// Bodies defined with an acronym in brackets: long form and short form.
const DEFINED: &[(&str, &str)] = &[
    ("Front for National Solidarity", "FNS"),
    ("Joint Commission on Bilateral Cooperation", "JCBC"),
    ("Committee for Border Economic Zones", "CBEZ"),
    ("Federation of Agricultural Cooperatives", "FAC"),
    ("Council for Trade Promotion", "CTP"),
    ("Association for Friendship and Exchange", "AFE"),
    ("Regional Forum on Water Security", "RFWS"),
    ("Institute of Party History and Theory", "IPHT"),
];
const VERBS_MEET: &[&str] = &[
    "received",
    "held talks with",
    "met",
    "hosted a reception for",
    "had a working session with",
    "paid a courtesy call on",
];
const TOPICS: &[&str] = &[
    "cooperation in agriculture and rural development",
    "training of young officials",
    "border security and the fight against drug trafficking",
    "trade and investment along the economic corridor",
    "exchanges between youth and women's organizations",
    "renewable energy and the power grid",
    "disaster prevention along the river basin",
    "the digital transformation of public services",
];
const QUOTES: &[&str] = &[
    "The friendship between our two parties is a precious asset that must be passed on to future generations",
    "We will continue to deepen practical cooperation in every field",
    "Grassroots work is the foundation of everything we do",
    "Our two peoples share the same mountains and the same rivers",
    "This visit opens a new chapter in our relations",
    "We must turn political trust into concrete results for the people",
];
const CLOSINGS: &[&str] = &[
    "Both sides agreed to strengthen the exchange of delegations at all levels.",
    "The meeting took place in a warm and friendly atmosphere.",
    "The two sides signed a memorandum of understanding on personnel training.",
    "The delegation is scheduled to visit several industrial parks and a border gate.",
    "Earlier in the day, the delegation laid a wreath at the monument to fallen heroes.",
];

/// A long title with "of" chains, as it stands after a name.
fn long_title(rng: &mut Rng, country: &str) -> String {
    let province = rng.pick(PROVINCES);
    match rng.below(6) {
        0 => format!(
            "Member of the Political Bureau of the {} of {country} Central Committee and {} of the {} of {province}",
            rng.pick(PARTIES),
            rng.pick(ROLES_HIGH),
            rng.pick(BODIES),
        ),
        1 => format!(
            "{} of the {} of {province}",
            rng.pick(ROLES_HIGH),
            rng.pick(BODIES)
        ),
        2 => format!("Minister of {} of {country}", rng.pick(MINISTRIES)),
        3 => format!(
            "member of the Standing Committee of the {} and {} of its {}",
            province,
            rng.pick(ROLES_HIGH),
            rng.pick(BODIES)
        ),
        4 => format!(
            "Vice Minister of {} and alternate member of the {} Central Committee",
            rng.pick(MINISTRIES),
            rng.pick(PARTIES)
        ),
        _ => {
            let mut to = rng.pick(COUNTRIES);
            while to == country {
                to = rng.pick(COUNTRIES);
            }
            format!("Ambassador of {country} to {to}")
        }
    }
}

/// A short title, as it stands before a name.
fn short_title(rng: &mut Rng, country: &str) -> String {
    match rng.below(5) {
        0 => "Prime Minister".to_string(),
        1 => format!(
            "Deputy Prime Minister and Minister of {}",
            rng.pick(MINISTRIES)
        ),
        2 => format!("Vice President of {country}"),
        3 => format!("Minister of {}", rng.pick(MINISTRIES)),
        _ => "General Secretary".to_string(),
    }
}

/// A head count: "37", "1,250".
fn count(rng: &mut Rng) -> String {
    if rng.chance(50) {
        format!("{}", 2 + rng.below(500))
    } else {
        format!("{},{:03}", 1 + rng.below(90), rng.below(1000))
    }
}

/// An amount of money or a share.
fn amount(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => format!(
            "{}.{} billion U.S. dollars",
            1 + rng.below(40),
            rng.below(10)
        ),
        1 => format!("{} million yuan", 10 + rng.below(990)),
        _ => format!("{} percent of the target", 50 + rng.below(60)),
    }
}

/// One article of a few paragraphs.
fn article(rng: &mut Rng, out: &mut String) {
    use std::fmt::Write;
    let (upper, city) = CITIES[rng.below(CITIES.len())];
    let country = rng.pick(COUNTRIES);
    let guest_country = rng.pick(COUNTRIES);
    let host = person(rng);
    let guest = person(rng);
    let leader = person(rng);
    let (long, short) = DEFINED[rng.below(DEFINED.len())];
    let day = 1 + rng.below(28);
    let month = rng.pick(MONTHS);

    let _ = write!(
        out,
        "{upper}, {month} {day} -- {}, {}, {} a delegation of the {} {long} ({short}) led by {}, {}, in {city} on {}.",
        host.full,
        long_title(rng, country),
        rng.pick(VERBS_MEET),
        guest_country,
        guest.full,
        long_title(rng, guest_country),
        rng.pick(&["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    );
    out.push_str("\n\n");

    let _ = write!(
        out,
        "{} said the two sides had made progress in {} and proposed that the {short} expand exchanges, with {} officials to be trained over the next five years. \"{}.\"",
        host.short,
        rng.pick(TOPICS),
        count(rng),
        rng.pick(QUOTES),
    );
    out.push_str("\n\n");

    let _ = write!(
        out,
        "{} thanked the hosts and briefed them on the results of the {} National Congress of the {short}, adding that trade between the two countries reached {} last year. \"{},\" {} said.",
        guest.short,
        ["9th", "10th", "11th", "12th", "13th"][rng.below(5)],
        amount(rng),
        rng.pick(QUOTES),
        guest.short,
    );
    out.push_str("\n\n");

    if rng.chance(60) {
        let minister = person(rng);
        let _ = write!(
            out,
            "Also on the same day, {} {} held talks with {} {}, discussing {}.",
            short_title(rng, country),
            leader.full,
            short_title(rng, guest_country),
            minister.full,
            rng.pick(TOPICS),
        );
        out.push_str("\n\n");
    }

    if rng.chance(50) {
        let a = person(rng);
        let b = person(rng);
        let _ = write!(
            out,
            "Attending the meeting were {}, {}, and {}, {}.",
            a.full,
            long_title(rng, country),
            b.full,
            long_title(rng, guest_country),
        );
        out.push_str("\n\n");
    }

    out.push_str(rng.pick(CLOSINGS));
    out.push_str("\n\n");
}

/// The same articles as [`corpus`], one document each, until `bytes` bytes of text
/// have been given to `each`: a batch for timing the annotate example.
pub fn for_each_article(bytes: usize, mut each: impl FnMut(&str)) {
    let mut rng = Rng::new(0x5EED_0FC0_FFEE);
    let mut text = String::new();
    let mut total = 0;
    while total < bytes {
        text.clear();
        article(&mut rng, &mut text);
        total += text.len();
        each(&text);
    }
}

/// Inputs built to find steps that cost more than linear time.
#[derive(Clone, Copy, Debug)]
pub enum Adversarial {
    /// Capitalized words and nothing else: one endless name or organization run.
    Capitalized,
    /// "Committee of the Department of the ...": one endless "of" chain.
    OfChains,
    /// Brackets opened and closed around capitals: acronym definitions everywhere.
    Brackets,
    /// A single word, as long as the input.
    OneToken,
    /// Words and punctuation with no white space at all.
    NoSpaces,
}

impl Adversarial {
    pub const ALL: [Adversarial; 5] = [
        Adversarial::Capitalized,
        Adversarial::OfChains,
        Adversarial::Brackets,
        Adversarial::OneToken,
        Adversarial::NoSpaces,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Adversarial::Capitalized => "capitalized",
            Adversarial::OfChains => "of-chains",
            Adversarial::Brackets => "brackets",
            Adversarial::OneToken => "one-token",
            Adversarial::NoSpaces => "no-spaces",
        }
    }

    /// The input: whole repetitions of one block, as many as fit in `bytes`, so
    /// that every size reads the same way (a cut through a block could change
    /// what the rules make of the whole run).
    pub fn text(self, bytes: usize) -> String {
        let units: &[&str] = match self {
            Adversarial::Capitalized => &["Alpha ", "Zhang ", "Wei ", "Beta ", "Delta ", "Gamma "],
            Adversarial::OfChains => &["Committee of the ", "Department of the "],
            Adversarial::Brackets => &["(", "CPC ", ") ", "[", "Council (", "X) "],
            Adversarial::OneToken => &["a"],
            Adversarial::NoSpaces => &["Abc", ",", "Def", ".", "(", "GHI", ")", "-"],
        };
        let block = units.concat();
        block.repeat(bytes / block.len())
    }

    /// About `bytes` of the input as documents of `size` bytes each: `text(size)`,
    /// again and again. Whole blocks each, as in [`text`](Self::text).
    pub fn documents(self, bytes: usize, size: usize) -> Vec<String> {
        vec![self.text(size); (bytes / size).max(1)]
    }
}

/// News-like text of exactly `bytes` bytes (cut at a char boundary at or below it).
pub fn corpus(bytes: usize) -> String {
    let mut rng = Rng::new(0x5EED_0FC0_FFEE);
    let mut out = String::with_capacity(bytes + 4096);
    while out.len() < bytes {
        article(&mut rng, &mut out);
    }
    let mut cut = bytes;
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

/// The text of [`corpus`]`(bytes)` as documents of at most `size` bytes each, cut
/// where a paragraph ends (or, in a paragraph longer than `size`, between two
/// characters). Joined, they give the text back: every `size` reads the same words.
pub fn documents(bytes: usize, size: usize) -> Vec<String> {
    let text = corpus(bytes);
    let mut documents = Vec::new();
    let mut rest = text.as_str();
    while rest.len() > size {
        let mut end = size;
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let cut = match rest[..end].rfind("\n\n") {
            Some(paragraph_end) => paragraph_end + 2,
            None if end > 0 => end,
            // A first character longer than `size`: a document of it alone.
            None => rest.chars().next().map_or(1, char::len_utf8),
        };
        let (document, after) = rest.split_at(cut);
        documents.push(document.to_owned());
        rest = after;
    }
    if !rest.is_empty() {
        documents.push(rest.to_owned());
    }
    documents
}

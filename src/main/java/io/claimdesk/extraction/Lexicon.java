package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word lists the rules share: attribution verbs, titles, actor head nouns and words that never start a name. */
final class Lexicon {

    private Lexicon() {
    }

    /** Verbs (any tense) and phrases that introduce or follow reported speech. */
    private static final List<String> CUE_WORDS = List.of(
            "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding",
            "continued", "continues", "went on", "goes on", "wrote", "writes", "noted", "notes", "noting",
            "explained", "explains", "explaining", "stated", "declared", "declares", "announced",
            "announces", "reported", "reports", "stressed", "stresses", "emphasized", "emphasised", "emphasizes",
            "argued", "argues", "arguing", "asked", "asks", "asking", "replied", "replies", "responded",
            "answered", "warned", "warns", "warning", "insisted", "insists", "claimed", "claims", "commented",
            "comments", "recalled", "recalls", "remarked", "observed", "pointed out", "points out",
            "point out", "acknowledged", "admitted", "conceded", "confirmed", "predicted", "predicts", "joked", "quipped",
            "tweeted", "posted", "testified", "suggested", "suggests", "concluded", "urged", "urges", "vowed",
            "promised", "reiterated", "shouted", "yelled", "sang", "sings", "mentioned", "complained",
            "lamented", "cautioned", "countered", "contended", "maintained", "charged", "alleged", "boasted",
            "bragged", "expressed concern", "expressed", "criticized", "criticised", "described", "called",
            "asserted", "assessed", "analyzed", "wondered", "reads", "stating", "declaring", "discussed", "demanded",
            "questioned", "pressed", "highlighted", "underlined", "pledged", "called for", "spoke", "talked",
            "wrote in", "explained", "responded", "retorted", "added", "acknowledges", "tweets", "writes",
            "evaluated", "diagnosed", "forecast", "projected", "opined", "estimated", "interpreted", "elaborated",
            "clarified", "summarized", "recounted", "revealed", "disclosed", "indicated", "advised", "reaffirmed",
            "underscored", "touted", "mused", "shot back", "fired back", "stresses", "notes", "pointed", "put it");

    /**
     * The cue words as one regex alternation, grouped by first letter so that the matcher tries only the words that
     * can start at a position; within a group the list order is kept, so an earlier word wins as before.
     */
    static final String CUE_VERBS = alternation(CUE_WORDS);

    /** Single words that mark attributions besides the cue verbs: sources of beliefs, findings and "according to". */
    private static final Set<String> ATTRIBUTION_WORDS = Set.copyOf(java.util.stream.Stream.concat(
            CUE_WORDS.stream().filter(word -> !word.contains(" ")),
            java.util.stream.Stream.of("according", "believes", "believe", "believed", "expects", "expected", "fears",
                    "feared", "estimates", "found", "finds", "think", "thinks", "thought", "argue", "claim", "warn",
                    "insist", "tell", "ask", "deny", "denied", "denies", "accused", "accuses", "hopes", "hoped",
                    "wants", "wanted", "promise", "promises", "suggest", "note", "add", "explain", "announce",
                    "report", "write", "state", "predict", "acknowledge", "admit", "agree", "agreed", "agrees",
                    "stress", "emphasize")).toList());

    /** Auxiliaries, modals and copulas: a reported content holding one is a clause, not a noun phrase. */
    private static final Set<String> FINITE_MARKERS = Set.of("is", "are", "was", "were", "am", "be", "been", "has",
            "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "do", "does",
            "did", "won’t", "won't", "can’t", "can't", "cannot");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you");
    /** "he’s", "that’s", "there’s": a pronoun with a contracted "is" or "has". */
    private static final java.util.regex.Pattern CONTRACTED_IS = java.util.regex.Pattern.compile(
            "(?:he|she|it|that|there|what|who|here|this)[’']s");
    /** Irregular past forms that are no nouns or adjectives as well. */
    private static final Set<String> IRREGULAR_PAST = Set.of("ran", "won", "lost", "made", "took", "gave", "went",
            "came", "saw", "knew", "thought", "got", "paid", "built", "sent", "spent", "held", "brought",
            "bought", "fought", "caught", "taught", "kept", "meant", "felt", "sold", "stood", "understood", "began",
            "became", "wrote", "drove", "rose", "fell", "chose", "broke", "spoke", "grew", "threw", "drew", "flew",
            "sought", "told", "said", "led", "left", "met", "wanted", "needs", "wants", "knows", "thinks", "says");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "this",
            "these", "those", "our", "my", "your");

    /**
     * Whether words (lower case) read as a clause that can be checked: it holds an auxiliary, a negated or contracted
     * verb, or a past form not read as an adjective after a determiner; an infinitive ("to expect …") is none.
     */
    static boolean looksLikeClause(List<String> words) {
        if (words.isEmpty() || words.get(0).equals("to")) {
            return false;
        }
        if (words.get(0).equals("that") || words.get(0).equals("if") || words.get(0).equals("whether")) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > 0 && SUBJECT_PRONOUNS.contains(words.get(i - 1)) && Character.isLetter(word.charAt(0))) {
                // "he dislikes …", "they want …"
                return true;
            }
            if (FINITE_MARKERS.contains(word) || IRREGULAR_PAST.contains(word) || word.endsWith("n’t")
                    || word.endsWith("n't") || word.matches(".+[’'](?:re|ve|ll|d|m)") || CONTRACTED_IS.matcher(word).matches()) {
                return true;
            }
            if (i > 0 && word.length() > 4 && word.endsWith("ed") && !DETERMINERS.contains(words.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean isAttributionWord(String lowerCaseWord) {
        return ATTRIBUTION_WORDS.contains(lowerCaseWord);
    }

    private static String alternation(List<String> words) {
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        for (String word : words) {
            byFirst.computeIfAbsent(word.charAt(0), first -> new ArrayList<>()).add(word.substring(1));
        }
        StringBuilder regex = new StringBuilder();
        byFirst.forEach((first, rests) -> {
            if (!regex.isEmpty()) {
                regex.append('|');
            }
            regex.append(first).append("(?:").append(String.join("|", rests)).append(')');
        });
        return regex.toString();
    }

    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "i", "him", "her");

    /** Capitalized role words written before a name ("Foreign Minister Cho", "Rep. Alvarez"). */
    static final Set<String> TITLES = words(
            "mr", "mrs", "ms", "miss", "dr", "rep", "sen", "gov", "gen", "lt", "col", "sgt", "capt", "adm", "prof",
            "rev", "sir", "dame", "lord", "del", "president", "vice", "prime", "minister", "foreign", "defense", "defence",
            "deputy", "director", "chairman", "chairwoman", "chair", "secretary", "general", "spokesperson",
            "spokesman", "spokeswoman", "professor", "senator", "representative", "governor", "mayor", "judge",
            "justice", "chief", "leader", "king", "queen", "prince", "princess", "pope", "ambassador",
            "commissioner", "attorney", "speaker", "sheriff", "officer", "detective", "reporter", "correspondent",
            "host", "ceo", "chancellor", "premier", "senior", "researcher", "fellow", "analyst", "editor",
            "commander", "pastor", "father", "coach", "candidate", "nominee", "former", "first", "lady", "state",
            "party", "vice-chairman", "vice-president", "manager", "head", "founder", "anchor", "columnist",
            "official", "envoy", "councilman", "councilwoman", "congressman", "congresswoman", "sgt.", "nominee",
            "democrat", "republican", "democratic", "gop", "counsel", "adviser", "advisor", "aide", "principal",
            "dean", "superintendent", "commissioner", "economist", "strategist", "pollster", "mr.", "sec",
            "supreme", "marshal", "field", "colonel", "major", "captain", "lieutenant", "admiral", "sergeant",
            "national", "security", "intelligence", "research", "distinguished", "executive", "assistant",
            "associate", "acting", "interim", "staff", "press", "majority", "minority", "whip", "house",
            "unification", "trade", "finance", "interior", "justice", "health", "labor", "education", "energy");

    /** Words that head a media outlet name. */
    static final Set<String> MEDIA_HEADS = words(
            "times", "post", "news", "journal", "herald", "tribune", "reuters", "bloomberg", "cnn", "bbc", "nbc",
            "abc", "cbs", "fox", "msnbc", "npr", "kcna", "yonhap", "tv", "radio", "magazine", "daily", "sinmun",
            "gazette", "telegraph", "guardian", "politico", "axios", "inews", "breitbart", "newsweek", "wire",
            "press", "afp", "ap", "nyt", "ft", "wsj", "tass", "ria", "xinhua", "broadcasting", "network",
            "television", "channel", "chronicle", "observer", "economist", "examiner", "review", "today",
            "interest", "atlantic", "hill", "vox", "slate", "yorker", "ilbo", "hankyoreh", "joongang", "chosun",
            "nhk", "kbs", "mbc", "sbs", "jtbc", "newsmax", "rossiya", "izvestia", "pravda", "kyodo", "insider");

    static final Set<String> GOVERNMENT_HEADS = words(
            "ministry", "government", "department", "embassy", "kremlin", "pentagon", "administration", "congress",
            "house", "guard", "authority", "regulator", "tribunal", "inspectorate", "directorate",
            "senate", "parliament", "duma", "police", "military", "army", "navy", "authorities", "cabinet",
            "presidency", "office", "state", "white", "assembly", "court", "commission", "bureau", "secretariat",
            "forces", "command", "fbi", "cia", "nsa", "nis", "jcs", "legislature", "council", "agency",
            "prosecutors", "prosecution", "moscow", "pyongyang", "seoul", "beijing", "tokyo", "washington");

    static final Set<String> ORGANIZATION_HEADS = words(
            "institute", "university", "foundation", "corp", "inc", "center",
            "centre", "committee", "association", "party", "campaign", "organization", "organisation", "group",
            "bank", "company", "union", "caucus", "fund", "society", "school", "college", "board", "service",
            "federation", "league", "alliance", "coalition", "nato", "club", "initiative", "project",
            "program", "council", "academy", "team", "firm", "partners", "institution", "network", "movement",
            "church", "trust", "laboratory", "lab", "watch", "international", "clinic", "hospital", "studies",
            "consulting", "strategies", "llc", "ltd", "pac", "dnc", "rnc",
            "systems", "capital", "holdings", "technologies", "industries", "motors", "airlines", "solutions",
            "services", "pharmaceuticals", "electronics", "communications", "networks", "enterprises", "ventures",
            "insurance", "securities", "investments", "associates", "llp", "plc", "gmbh", "ag", "sa", "labs",
            "energy", "airways", "petroleum", "oil", "steel", "media", "chamber", "museum", "conference", "cooperative");

    /** Capitalized words that start sentences or clauses but never begin an actor name. */
    static final Set<String> NON_NAME_WORDS = words(
            "the", "a", "an", "in", "on", "at", "but", "and", "or", "according", "as", "when", "while", "after",
            "before", "meanwhile", "however", "although", "though", "if", "since", "for", "with", "this", "that",
            "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its",
            "my", "your", "also", "even", "yet", "so", "then", "asked", "last", "next", "earlier", "later",
            "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "there", "here", "what", "who", "why", "how", "where", "which", "not", "no",
            "yes", "all", "some", "many", "most", "both", "each", "every", "one", "two", "three", "from", "by",
            "to", "of", "about", "despite", "during", "until", "because", "whether", "now", "still", "just",
            "only", "thus", "instead", "other", "another", "such", "said", "says", "do", "does", "did", "is",
            "are", "was", "were", "be", "has", "have", "had", "will", "would", "could", "should", "can", "may",
            "might", "must", "let", "like", "unlike", "under", "over", "into", "among",
            "between", "against", "through", "without", "within", "upon", "once", "twice", "nor", "neither",
            "either", "than", "perhaps", "maybe", "indeed", "still", "again", "already", "always", "never",
            "editor", "photo", "image", "source", "sources", "related", "read", "watch", "see", "more", "less",
            "first", "second", "third", "recently", "currently", "notably", "specifically",
            "additionally", "furthermore", "moreover", "therefore", "accordingly", "nevertheless", "regardless");

    /** Geographic and national words: sequences made of these are places or peoples, not persons. */
    static final Set<String> PLACE_WORDS = words(
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "korea", "korean",
            "koreans", "russia", "russian", "russians", "united", "states", "kingdom", "nations", "america",
            "american", "americans", "china", "chinese", "japan", "japanese", "ukraine", "ukrainian", "europe",
            "european", "asia", "asian", "africa", "african", "washington", "moscow", "pyongyang", "seoul",
            "beijing", "tokyo", "kyiv", "kiev", "new", "york", "city", "county", "island", "islands", "river",
            "sea", "ocean", "peninsula", "oblast", "province", "region", "republic", "federation", "empire",
            "soviet", "britain", "british", "france", "french", "germany", "german", "italy", "italian",
            "iran", "iranian", "iraq", "iraqi", "syria", "syrian", "israel", "israeli", "india", "indian",
            "pakistan", "mexico", "mexican", "canada", "canadian", "australia", "australian", "cuba",
            "vietnam", "taiwan", "hong", "kong", "middle", "gulf", "pacific", "atlantic", "arctic", "latin",
            "western", "street", "avenue", "square", "base", "airport", "capital", "bay",
            "california", "texas", "florida", "ohio", "nevada", "pennsylvania", "michigan", "virginia",
            "carolina", "georgia", "arizona", "wisconsin", "iowa", "colorado", "illinois", "jersey",
            "massachusetts", "hampshire", "minnesota", "missouri", "tennessee", "alabama", "louisiana",
            "kentucky", "oregon", "utah", "kansas", "nebraska", "maryland", "indiana", "hawaii", "alaska",
            "dakota", "montana", "idaho", "wyoming", "maine", "vermont", "connecticut", "delaware",
            "oklahoma", "arkansas", "mississippi", "manhattan", "brooklyn", "chicago", "boston", "philadelphia",
            "dallas", "houston", "miami", "atlanta", "detroit", "cleveland", "denver", "seattle", "burma",
            "myanmar", "saudi", "arabia", "turkey", "egypt", "libya", "yemen", "afghanistan", "crimea",
            "d.c.", "u.s.", "u.k.", "u.n.", "eu", "us", "uk", "nato", "war", "cold", "world",
            // Other countries, their peoples and capitals. Left out: names also common as given names (Chad, Jordan).
            "albania", "algeria", "angola", "argentina", "armenia", "austria", "azerbaijan", "bahrain", "bangladesh",
            "belarus", "belgium", "bolivia", "bosnia", "brazil", "bulgaria", "cambodia", "cameroon", "chile",
            "colombia", "congo", "croatia", "cyprus", "czech", "czechia", "denmark", "ecuador", "eritrea", "estonia",
            "ethiopia", "finland", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary", "iceland",
            "indonesia", "ireland", "jamaica", "kazakhstan", "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos",
            "latvia", "lebanon", "liberia", "lithuania", "luxembourg", "malaysia", "mali", "malta", "moldova",
            "mongolia", "montenegro", "morocco", "mozambique", "nepal", "netherlands", "zealand", "nicaragua",
            "niger", "nigeria", "macedonia", "norway", "oman", "palestine", "panama", "paraguay", "peru",
            "philippines", "poland", "portugal", "qatar", "romania", "rwanda", "senegal", "serbia", "singapore",
            "slovakia", "slovenia", "somalia", "spain", "sri", "lanka", "sudan", "sweden", "switzerland",
            "tajikistan", "tanzania", "thailand", "tunisia", "turkmenistan", "uganda", "uruguay", "uzbekistan",
            "venezuela", "vatican", "zambia", "zimbabwe", "emirates",
            "norwegian", "swedish", "danish", "finnish", "dutch", "belgian", "swiss", "austrian", "irish",
            "scottish", "welsh", "spanish", "portuguese", "greek", "turkish", "polish", "czech", "hungarian",
            "romanian", "bulgarian", "serbian", "croatian", "estonian", "latvian", "lithuanian", "belarusian",
            "armenian", "azerbaijani", "kazakh", "afghan", "pakistani", "bangladeshi", "thai", "vietnamese",
            "filipino", "indonesian", "malaysian", "mongolian", "taiwanese", "brazilian", "argentine",
            "colombian", "venezuelan", "cuban", "chilean", "peruvian", "egyptian", "libyan", "tunisian",
            "algerian", "moroccan", "nigerian", "kenyan", "ethiopian", "sudanese", "somali", "lebanese",
            "palestinian", "jordanian", "yemeni", "qatari", "emirati", "kuwaiti",
            "london", "paris", "berlin", "brussels", "rome", "madrid", "warsaw", "minsk", "ankara", "athens",
            "tehran", "baghdad", "damascus", "kabul", "islamabad", "delhi", "manila", "jakarta", "hanoi", "taipei",
            "jerusalem", "cairo", "riyadh", "havana", "caracas", "ottawa", "canberra", "tbilisi");

    /**
     * Romanized East Asian family names, written first ("Kim Jong-un" is a Kim): a later bare "Kim" or
     * "Chairman Kim" refers back through this part of the name.
     */
    static final Set<String> FAMILY_NAME_FIRST = words(
            "kim", "lee", "yi", "rhee", "ri", "park", "pak", "bak", "choi", "choe", "jung", "jeong", "chung", "kang",
            "cho", "jo", "joh", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "suh", "shin",
            "kwon", "hwang", "ahn", "an", "song", "yoo", "yu", "ryu", "hong", "jeon", "jun", "chun", "ko", "koh",
            "moon", "mun", "yang", "son", "sohn", "bae", "baek", "paik", "heo", "hur", "huh", "nam", "shim",
            "noh", "roh", "ha", "kwak", "sung", "cha", "joo", "ju", "woo", "koo", "ku", "min", "jin", "ji", "eom",
            "um", "hyun", "hyeon", "chae", "won", "bang", "byun", "yeo", "chu", "do", "seok", "sun", "ma", "ban",
            "wang", "xi", "li", "zhang", "liu", "chen", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu",
            "gao", "lin", "he", "guo", "luo", "mao", "deng", "wen", "no", "hyon", "ok", "choo", "chin", "yeom",
            "gil", "pyo", "myung", "gu", "ki", "tak", "kook", "maeng", "je", "mo", "ryoo", "rim", "gong",
            "nguyen", "tran");

    /** Titles written right before a name, so that a title word after them is the name ("Mr. King"). */
    static final Set<String> HONORIFICS = words("mr", "mrs", "ms", "miss", "dr", "rep", "sen", "gov", "del", "prof", "rev");

    /** Last words that make a capitalized phrase a thing rather than a person ("… Partnership Treaty"). */
    static final Set<String> THING_HEADS = words(
            "treaty", "act", "agreement", "pact", "law", "bill", "accord", "declaration", "convention", "operation",
            "summit", "doctrine", "plan", "strategy", "report", "index", "award", "prize", "cup", "games", "day",
            "week", "month", "year", "road", "mountain", "tower", "bridge", "building", "hall", "stadium", "station",
            "district", "system", "missile", "rocket", "satellite", "dialogue", "forum", "conference", "meeting",
            "election", "elections", "debate", "primary", "caucuses", "show", "tour", "crisis", "scandal", "amendment",
            "constitution", "charter", "resolution", "policy", "reform", "deal", "budget", "affairs", "war");

    /** Nouns naming a role or occupation; one of them anchors a description next to a name. */
    static final Set<String> ROLE_NOUNS = words(
            "leader", "president", "minister", "researcher", "fellow", "professor", "analyst", "pollster", "host",
            "spokesman", "spokeswoman", "spokesperson", "official", "director", "chairman", "chairwoman", "chair",
            "secretary", "senator", "governor", "mayor", "candidate", "nominee", "widow", "journalist", "reporter",
            "correspondent", "editor", "writer", "author", "expert", "adviser", "advisor", "aide", "strategist",
            "economist", "lawyer", "attorney", "judge", "commander", "general", "ambassador", "envoy", "diplomat",
            "chief", "head", "founder", "ceo", "executive", "manager", "member", "lawmaker", "congressman",
            "congresswoman", "representative", "activist", "scholar", "historian", "scientist", "doctor",
            "physician", "officer", "sheriff", "commissioner", "administrator", "coordinator", "deputy", "counsel",
            "partner", "owner", "student", "teacher", "veteran", "survivor", "mother", "father", "wife", "husband",
            "son", "daughter", "actor", "actress", "singer", "star", "comedian", "anchor", "columnist",
            "commentator", "pastor", "priest", "bishop", "businessman", "businesswoman", "billionaire", "rival",
            "opponent", "mate", "challenger", "incumbent", "speaker", "whip", "delegate", "organizer", "supporter",
            "critic", "clerk", "architect", "specialist", "consultant", "investigator", "prosecutor", "detective",
            "premier", "chancellor", "king", "queen", "prince", "pope", "dean", "principal", "president-elect",
            "vice-president", "vice-chairman", "secretary-general", "head", "representative", "physicist",
            "engineer", "entrepreneur", "investor", "banker", "trader", "donor", "fundraiser", "operative",
            "campaigner", "chairperson", "cofounder", "co-founder", "captain", "colonel", "lieutenant", "sergeant",
            "admiral", "marshal", "soldier", "pilot", "agent", "lobbyist", "negotiator", "mediator", "observer",
            "broadcaster", "presenter", "commentator", "blogger", "novelist", "poet", "artist", "musician",
            "rapper", "athlete", "player", "coach", "manager", "nurse", "surgeon", "psychologist", "sociologist",
            "political", "councilman", "councilwoman", "assemblyman", "assemblywoman", "legislator", "delegate",
            "farmer", "worker", "resident", "driver", "miner", "fisherman", "vendor", "merchant", "master",
            "negotiator", "announcer", "lecturer", "inspector", "surveyor", "director-general");

    /** Words marking a woman (titles, roles, common given names), for "she" and "he" to skip the other. */
    static final Set<String> FEMALE = words(
            "mrs", "ms", "miss", "madam", "queen", "princess", "lady", "chairwoman", "spokeswoman", "congresswoman",
            "businesswoman", "councilwoman", "assemblywoman", "widow", "wife", "mother", "daughter", "actress",
            "sister", "grandmother", "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan",
            "jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly",
            "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie",
            "rebecca", "laura", "sharon", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna",
            "brenda", "pamela", "nicole", "samantha", "katherine", "christine", "debbie", "rachel", "catherine",
            "carolyn", "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria",
            "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea",
            "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice",
            "jean", "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn",
            "beverly", "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella",
            "charlotte", "rose", "alexis", "kayla", "claire", "ruth", "elena", "olga", "irina", "natalia", "tatiana", "svetlana", "yulia", "angela", "theresa", "jill", "sheila",
            "barbara", "lisa", "susan");

    static final Set<String> MALE = words(
            "mr", "king", "prince", "sir", "lord", "spokesman", "congressman", "businessman", "councilman",
            "assemblyman", "husband", "father", "son", "brother", "grandfather", "james", "john", "robert",
            "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel",
            "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin",
            "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary",
            "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel",
            "gregory", "frank", "alexander", "raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron",
            "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy",
            "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean", "austin", "arthur",
            "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert", "willie", "gabriel",
            "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah",
            "louis", "bobby", "philip", "johnny", "bill", "mike", "jim", "tom", "bob", "ted", "chris",
            "dick", "marco", "tim", "joe", "al", "vladimir",
            "sergei", "dmitry", "alexei", "aleksey", "igor", "ivan", "nikolai", "benjamin", "justin", "ed", "don", "dan", "ron",
            "ken", "greg", "steve", "rick", "doug", "pat", "jeff", "matt", "nick", "andy", "tony", "pete");

    /** Plural nouns naming a group of people ("officials", "experts", "Democrats"). */
    static final Set<String> GROUP_NOUNS = Set.of(
            "officials", "experts", "analysts", "observers", "critics", "lawmakers", "diplomats", "aides", "leaders",
            "members", "residents", "witnesses", "researchers", "economists", "scholars", "investigators", "liberals",
            "conservatives", "progressives", "voters", "citizens", "students", "workers", "farmers", "doctors",
            "activists", "supporters", "opponents", "democrats", "republicans", "circles", "assessments",
            "intelligence", "media", "reports", "prosecutors", "agencies", "groups", "organizers", "protesters");

    /** Role nouns and the abbreviated titles written for them ("the senator" is "Sen. X"). */
    static final Map<String, String> TITLE_ABBREVIATIONS = Map.of("senator", "sen", "representative", "rep",
            "governor", "gov", "general", "gen", "professor", "prof", "doctor", "dr", "delegate", "del",
            "lieutenant", "lt", "colonel", "col", "reverend", "rev");

    /** Abbreviations whose final dot ends no sentence ("Rep.", "Corp.", "Sept."). */
    static final Set<String> ABBREVIATIONS = words(
            "mr", "mrs", "ms", "dr", "rep", "sen", "gov", "gen", "lt", "col", "sgt", "capt", "adm", "prof", "rev",
            "corp", "inc", "co", "jr", "sr", "st", "mt", "ft", "sec", "ltd", "del", "vs", "u.s", "a.m", "p.m", "e.g",
            "i.e", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "d.c", "u.n", "u.k", "n.c", "s.c");

    /** Suffixes of agent nouns ("announcer", "negotiator", "analyst", "spokesman"). */
    private static final java.util.regex.Pattern AGENT_SUFFIX =
            java.util.regex.Pattern.compile("\\p{Ll}{3,}(?:er|or|ist|ian|man|woman)");
    private static final Set<String> NOT_AGENTS = words(
            "after", "never", "other", "under", "over", "whether", "rather", "either", "neither", "together",
            "however", "later", "earlier", "former", "another", "number", "member", "matter", "order", "border",
            "letter", "paper", "water", "power", "summer", "winter", "quarter", "corner", "error", "sector",
            "factor", "mirror", "honor", "favor", "labor", "humor", "major", "minor", "junior", "senior");

    /** A noun naming a person by role: listed, or an agent noun ("the harbor master", "a negotiator"). */
    static boolean isRoleNoun(String word) {
        return ROLE_NOUNS.contains(word) || AGENT_SUFFIX.matcher(word).matches() && !NOT_AGENTS.contains(word);
    }

    static boolean hasTitleOrRole(String phrase) {
        for (String word : phrase.split("[\\s,]+")) {
            if (isTitle(word) || ROLE_NOUNS.contains(bare(word))) {
                return true;
            }
        }
        return false;
    }

    static boolean isTitle(String word) {
        return TITLES.contains(bare(word));
    }

    static String bare(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") && lower.length() > 1 ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static Set<String> words(String... words) {
        return Set.of(java.util.Arrays.stream(words).distinct().toArray(String[]::new));
    }
}

package id.kabar.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Places that open Indonesian news datelines: the country's main cities and regency seats, and the
 * foreign capitals and cities Indonesian desks report from, in the spellings they use. Used only to tell
 * which part of {@code Moskow, Gatra.com -} is the place when the outlet is not written as a domain.
 */
final class DatelinePlaces {
    private static final Set<String> PLACES = Set.of(
            // Indonesia
            "jakarta", "bandung", "surabaya", "medan", "semarang", "yogyakarta", "jogja", "jogjakarta", "makassar",
            "denpasar", "palembang", "padang", "pekanbaru", "banda aceh", "aceh", "lhokseumawe", "batam", "tanjungpinang",
            "jambi", "bengkulu", "bandar lampung", "lampung", "pangkalpinang", "serang", "tangerang", "bekasi", "depok",
            "bogor", "cirebon", "tasikmalaya", "sukabumi", "garut", "karawang", "purwakarta", "cianjur", "solo",
            "surakarta", "magelang", "pekalongan", "tegal", "purwokerto", "banyumas", "kudus", "klaten", "sleman",
            "bantul", "malang", "kediri", "blitar", "madiun", "jember", "banyuwangi", "sidoarjo", "gresik", "mojokerto",
            "pasuruan", "probolinggo", "tuban", "lamongan", "bojonegoro", "mataram", "kupang", "pontianak",
            "palangka raya", "palangkaraya", "banjarmasin", "banjarbaru", "samarinda", "balikpapan", "tarakan",
            "tanjung selor", "manado", "gorontalo", "palu", "kendari", "mamuju", "ambon", "ternate", "sofifi",
            "jayapura", "manokwari", "sorong", "merauke", "timika", "nabire", "wamena", "labuan bajo", "bali",
            "lombok", "sumbawa", "nusa dua", "bukittinggi", "sibolga", "pematangsiantar", "binjai", "tebing tinggi",
            "dumai", "kendal", "demak", "jepara", "pati", "rembang", "salatiga", "cilacap", "kebumen", "wonosobo",
            "temanggung", "boyolali", "sragen", "karanganyar", "wonogiri", "sukoharjo", "ponorogo", "pacitan",
            "ngawi", "magetan", "nganjuk", "jombang", "tulungagung", "trenggalek", "lumajang", "bondowoso",
            "situbondo", "sumenep", "pamekasan", "sampang", "bangkalan", "cilegon", "pandeglang", "lebak", "subang",
            "indramayu", "majalengka", "kuningan", "sumedang", "banjar", "ciamis", "pangandaran", "nusantara",
            "ikn", "senayan", "istana", "papua", "kalimantan", "sulawesi", "sumatera", "jawa", "maluku", "riau",
            // abroad
            "moskow", "moscow", "kiev", "kyiv", "kharkiv", "lviv", "odessa", "mariupol", "minsk", "warsawa", "warsaw",
            "berlin", "paris", "london", "brussel", "brussels", "roma", "rome", "vatikan", "jenewa", "geneva", "wina",
            "vienna", "madrid", "lisbon", "amsterdam", "den haag", "stockholm", "oslo", "helsinki", "kopenhagen",
            "athena", "athens", "ankara", "istanbul", "teheran", "tehran", "baghdad", "bagdad", "damaskus", "damascus",
            "beirut", "amman", "yerusalem", "jerusalem", "tel aviv", "gaza", "ramallah", "kairo", "cairo", "riyadh",
            "jeddah", "mekkah", "makkah", "madinah", "doha", "dubai", "abu dhabi", "kuwait", "muscat", "sanaa",
            "kabul", "islamabad", "karachi", "lahore", "new delhi", "delhi", "mumbai", "dhaka", "kolombo", "colombo",
            "kathmandu", "beijing", "shanghai", "hong kong", "taipei", "tokyo", "osaka", "seoul", "pyongyang",
            "ulaanbaatar", "manila", "hanoi", "ho chi minh", "bangkok", "phnom penh", "vientiane", "yangon",
            "naypyidaw", "naypyitaw", "kuala lumpur", "putrajaya", "singapura", "singapore", "bandar seri begawan",
            "dili", "canberra", "sydney", "melbourne", "wellington", "port moresby", "washington", "new york",
            "los angeles", "san francisco", "chicago", "ottawa", "toronto", "meksiko", "mexico city", "havana",
            "caracas", "bogota", "lima", "santiago", "buenos aires", "brasilia", "rio de janeiro", "sao paulo",
            "pretoria", "johannesburg", "nairobi", "addis ababa", "lagos", "abuja", "khartoum", "tripoli", "tunis",
            "aljir", "algiers", "rabat", "vatican", "zaporizhzhia", "kherson", "donetsk", "luhansk", "gomel",
            "belgorod", "sochi", "st petersburg", "sankt peterburg", "davos", "strasbourg", "den pasar", "tashkent",
            "astana", "almaty", "baku", "tbilisi", "yerevan", "bucharest", "bukares", "budapest", "praha", "prague",
            "vilnius", "riga", "tallinn", "belgrade", "beograd", "sarajevo", "zagreb", "sofia", "chisinau");

    private DatelinePlaces() {
    }

    static boolean isKnown(String name) {
        return PLACES.contains(name.toLowerCase(Locale.ROOT).replaceAll("[.\\s]+", " ").strip());
    }
}

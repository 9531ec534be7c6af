package io.tollgate.domain.moderation.bench;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.allow.WordAllows;
import com.github.houbb.sensitive.word.support.ignore.SensitiveWordCharIgnores;
import io.tollgate.domain.moderation.SensitiveWordMatcher;
import io.tollgate.domain.moderation.WordMatch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scans one generated Chinese text of {@value #TEXT_BYTES} UTF-8 bytes with Tollgate's matcher,
 * {@code org.ahocorasick} and houbb {@code sensitive-word}. Every operation scans the whole megabyte once, so
 * MB/s = 1000 / (ms/op): either as one text, or ({@code *PerMessage}) cut into messages of about
 * {@value #MESSAGE_BYTES} bytes, the size of a question sent through the gateway.
 *
 * <p>The text is the same for every dictionary size: the 1,000-word dictionary is the first 1,000 of the
 * 10,000 words and only those are planted. {@code *Clean} methods scan a copy in which every occurrence of
 * any of the 10,000 words has been broken, so a "contains any" check has to read all of it.
 *
 * <p>The libraries do not do the same work: Tollgate folds case and width and skips noise between a word's
 * characters; {@code org.ahocorasick} only folds case; houbb is set up to fold case and width and skip its
 * "special" characters, with its built-in word lists, number/e-mail/URL checks and other folding switched off.
 * houbb's {@code findAll} also reports no overlapping matches.
 *
 * <p>houbb copies the whole text ({@code String.toCharArray()}) at every start position, so its time grows
 * with the square of the text length: one 1 MB scan takes tens of seconds. That benchmark is measured with a
 * single shot to keep the run short; the per-message variant shows houbb on the inputs it is built for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class SensitiveWordBenchmark {

    static final int TEXT_BYTES = 1_000_000;
    static final int MAX_WORDS = 10_000;
    static final int PLANTED_FROM = 1_000;
    static final int MESSAGE_BYTES = 1_000;

    /** Frequent characters of modern written Chinese; text and words are drawn from them. */
    private static final String COMMON = """
            的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家
            十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只从现因开些长把机老但已动问两
            内平实点目明外政加理信相物给手全部位度体变高重南北东西公业九月正间向原本通情题果路直区海气员接件农场制市条议治
            入系取研带利数思决反走听界教社安先且力代结建完性步满城品住展强科统亲保工门马各连表美共电化解任提女口放民比义山
            水次书文样常运清管神少期最今别打产交受吃米形单难色火深半百早格流更近领世白五知服权据许争达准言花音官八候求石认
            程局红转计身设论思历史光空真题少风千式装红军失空示型类究持飞热想万告病院儿费影青黄容边落离村围器图选组织观察技
            术集团际资质量价格报告调查保护环境发展经济增长企业市场投资银行股票基金证券消费收入产品服务网络信息数字智能医疗
            教育文化旅游交通能源农业工业城乡居民健康安全质量标准规划改革开放创新合作交流国际地区
            """;

    /** Never part of a word: used to break matches in the clean text. */
    private static final String BREAKERS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";

    private static final String PUNCTUATION = "，。、！？；：“”（）《》 *";

    @Param({"1000", "10000"})
    public int dictionarySize;

    private String text;
    private String cleanText;
    private List<String> messages;
    private SensitiveWordMatcher tollgate;
    private Trie ahoCorasick;
    private SensitiveWordBs houbb;

    @Setup
    public void setUp() {
        List<String> allWords = words(new Random(7));
        List<String> words = allWords.subList(0, dictionarySize);
        text = text(new Random(42), allWords.subList(0, PLANTED_FROM));
        cleanText = breakEveryMatch(text, SensitiveWordMatcher.of(allWords));
        messages = messages(text);

        tollgate = SensitiveWordMatcher.of(words);
        ahoCorasick = Trie.builder().ignoreCase().addKeywords(words).build();
        houbb = SensitiveWordBs.newInstance()
                .wordDeny(() -> words)
                .wordAllow(WordAllows.empty())
                .ignoreCase(true)
                .ignoreWidth(true)
                .ignoreNumStyle(false)
                .ignoreChineseStyle(false)
                .ignoreEnglishStyle(false)
                .ignoreRepeat(false)
                .enableWordCheck(true)
                .enableNumCheck(false)
                .enableEmailCheck(false)
                .enableUrlCheck(false)
                .enableIpv4Check(false)
                .charIgnore(SensitiveWordCharIgnores.specialChars())
                .init();

        // Not houbb: one scan of the whole text takes it tens of seconds, and it is not benchmarked on this text.
        if (tollgate.matchesAny(cleanText) || ahoCorasick.containsMatch(cleanText)) {
            throw new IllegalStateException("the clean text still contains a word");
        }
        System.out.printf("%ntext: %,d chars, %,d UTF-8 bytes, %,d messages; %d-word dictionary; matches in "
                        + "the messages: tollgate %,d, org.ahocorasick %,d, houbb %,d%n",
                text.length(), text.getBytes(StandardCharsets.UTF_8).length, messages.size(), words.size(),
                tollgateAllMatchesPerMessage(), ahoCorasickParseTextPerMessage(), houbbFindAllPerMessage());
    }

    @Benchmark
    public List<WordMatch> tollgateAllMatches() {
        return tollgate.allMatches(text);
    }

    @Benchmark
    public boolean tollgateMatchesAnyClean() {
        return tollgate.matchesAny(cleanText);
    }

    @Benchmark
    public Collection<Emit> ahoCorasickParseText() {
        return ahoCorasick.parseText(text);
    }

    @Benchmark
    public boolean ahoCorasickContainsMatchClean() {
        return ahoCorasick.containsMatch(cleanText);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public List<String> houbbFindAll() {
        return houbb.findAll(text);
    }

    @Benchmark
    public int tollgateAllMatchesPerMessage() {
        int found = 0;
        for (String message : messages) {
            found += tollgate.allMatches(message).size();
        }
        return found;
    }

    @Benchmark
    public int ahoCorasickParseTextPerMessage() {
        int found = 0;
        for (String message : messages) {
            found += ahoCorasick.parseText(message).size();
        }
        return found;
    }

    @Benchmark
    public int houbbFindAllPerMessage() {
        int found = 0;
        for (String message : messages) {
            found += houbb.findAll(message).size();
        }
        return found;
    }

    private static char[] pool() {
        Set<Character> chars = new LinkedHashSet<>();
        for (char c : COMMON.toCharArray()) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && BREAKERS.indexOf(c) < 0) {
                chars.add(c);
            }
        }
        char[] pool = new char[chars.size()];
        int i = 0;
        for (char c : chars) {
            pool[i++] = c;
        }
        return pool;
    }

    /** Distinct words of 2 to 4 common characters. */
    static List<String> words(Random random) {
        char[] pool = pool();
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < MAX_WORDS) {
            char[] word = new char[2 + random.nextInt(3)];
            for (int i = 0; i < word.length; i++) {
                word[i] = pool[random.nextInt(pool.length)];
            }
            words.add(new String(word));
        }
        return new ArrayList<>(words);
    }

    /** Common characters, about 7% punctuation, and now and then a planted word, up to {@link #TEXT_BYTES}. */
    static String text(Random random, List<String> planted) {
        char[] pool = pool();
        StringBuilder text = new StringBuilder(TEXT_BYTES / 3);
        int bytes = 0;
        while (true) {
            String piece;
            int roll = random.nextInt(1000);
            if (roll < 2) {
                piece = planted.get(random.nextInt(planted.size()));
            } else if (roll < 72) {
                piece = String.valueOf(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
            } else {
                piece = String.valueOf(pool[random.nextInt(pool.length)]);
            }
            int pieceBytes = piece.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + pieceBytes > TEXT_BYTES) {
                break;
            }
            text.append(piece);
            bytes += pieceBytes;
        }
        while (bytes < TEXT_BYTES) {
            text.append(' ');
            bytes++;
        }
        return text.toString();
    }

    /** The text cut into consecutive pieces of about {@link #MESSAGE_BYTES} UTF-8 bytes. */
    static List<String> messages(String text) {
        List<String> messages = new ArrayList<>();
        int start = 0;
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            bytes += text.charAt(i) < 0x80 ? 1 : 3;
            if (bytes >= MESSAGE_BYTES || i == text.length() - 1) {
                messages.add(text.substring(start, i + 1));
                start = i + 1;
                bytes = 0;
            }
        }
        return messages;
    }

    /** Replaces the last character of every match with one no word contains (same UTF-8 length). */
    static String breakEveryMatch(String text, SensitiveWordMatcher matcher) {
        StringBuilder clean = new StringBuilder(text);
        for (WordMatch match : matcher.allMatches(text)) {
            clean.setCharAt(match.endIndex(), BREAKERS.charAt(match.endIndex() % BREAKERS.length()));
        }
        return clean.toString();
    }
}

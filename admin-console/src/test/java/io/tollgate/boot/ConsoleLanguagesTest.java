package io.tollgate.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tollgate.console.web.text.Bundles;
import io.tollgate.console.web.text.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every console and {@code /me} page in Chinese (by {@code Accept-Language}) and in English (by {@code ?lang=en}):
 * no message key may be missing, and a Chinese page must say so and carry no English navigation.
 */
class ConsoleLanguagesTest {

    /**
     * Every GET page an admin reads. Adding a page is one line here; {@code {user}}, {@code {account}}, {@code {key}},
     * {@code {own}} and {@code {model}} become real ids. A route missing here fails {@link #everyRegisteredPageIsWalked()}.
     */
    static final List<String> ADMIN_PAGES = List.of(
            "/console",
            "/console/login",
            "/console/password",
            "/console/users",
            "/console/users/{user}",
            "/console/users/{user}/usage",
            "/console/keys",
            "/console/accounts",
            "/console/accounts/{account}/edit",
            "/console/accounts/{account}/usage",
            "/console/accounts/{account}/delete",
            "/console/models",
            "/console/models/new",
            "/console/accounts/new",
            "/console/groups",
            "/console/logs",
            "/console/users/{user}/group",
            "/console/workflows",
            "/console/consumptions",
            "/console/unpaid",
            "/console/words",
            "/console/memfit",
            "/console/memfit/rotate",
            "/console/audit");

    /** Every GET page a signed-in user reads; the same one line per page. */
    static final List<String> USER_PAGES = List.of(
            "/me",
            "/me/login",
            "/me/accounts",
            "/me/accounts/key?platform=mock&account_name=walk",
            "/me/accounts/{own}/usage",
            "/me/accounts/{own}/delete",
            "/me/playground",
            "/me/dashboard",
            "/me/pricing");

    /** GET routes that answer no page: assets, downloads, the redirect of {@code /}. */
    static final Set<String> NOT_PAGES = Set.of("/", "/console/assets/console.css", "/console/consumptions.csv",
            "/me/assets/accounts.js", "/me/assets/bound.js",
            "/me/assets/playground.js", "/console/logs.csv", "/console/logs/{id}", "/console/models/{name}/edit");

    /** Pages of the second step, seen by an admin on their way in (walked apart: a signed-in admin is sent past them). */
    static final List<String> SIGN_IN_STEPS = List.of("/console/enrol", "/console/login/code");

    private static final Pattern GET_ROUTE = Pattern.compile("routes\\.get\\(\"([^\"]+)\"");
    private static final Pattern RAW_INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");

    private static RunningTollgate app;
    private static ConsoleClient admin;
    private static ConsoleClient user;
    private static Map<String, String> ids;
    private static String password;
    private static final Map<String, String> CHINESE_STEPS = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void start() {
        try (FirstStartLog log = new FirstStartLog()) {
            app = new RunningTollgate(Map.of());
            password = log.consolePassword();
        }
        ConsoleClient enrolling = new ConsoleClient(app.base());
        enrolling.cookies.put("tg_lang", "zh-CN");
        enrolling.login("admin", password);
        CHINESE_STEPS.put("/console/enrol", enrolling.get("/console/enrol").body());
        admin = new ConsoleClient(app.base());
        admin.cookies.put("tg_lang", "zh-CN");
        HttpResponse<String> recovery = admin.loginAndEnrol("admin", password);
        assertEquals(200, recovery.statusCode());
        CHINESE_STEPS.put("recovery codes", recovery.body());
        ConsoleClient second = new ConsoleClient(app.base());
        second.cookies.put("tg_lang", "zh-CN");
        second.login("admin", password);
        CHINESE_STEPS.put("/console/login/code", second.get("/console/login/code").body());
        admin.cookies.remove("tg_lang");

        OAuthUser walker = OAuthUser.create(app, "walker", "0");
        String own = walker.bindByKey("mock", "walker's key", "sk-walk-1234", 1000);
        assertEquals(303, admin.submit("/console/users/" + walker.id, "/console/users/" + walker.id + "/balance",
                Map.of("amount", "1234.5", "reason", "welcome")).statusCode());
        String key = RelayAdmin.read(app.admin("POST", "/admin/api/keys", "{\"userId\":\"" + walker.id + "\",\"models\":[\"mock-*\"]}")
                .body()).get("id").asText();
        String apiKey = RelayAdmin.read(app.admin("POST", "/admin/api/keys", "{\"userId\":\"" + walker.id + "\",\"models\":[\"mock-*\"]}")
                .body()).get("key").asText();
        assertEquals(200, app.post("/v1/chat/completions", "{\"model\":\"mock-gpt\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}",
                "Authorization", "Bearer " + apiKey).statusCode());
        String token = app.post("/shareAuth/init", "{\"username\":\"walker\",\"password\":\"password123\"}").body()
                .replaceAll(".*\"authToken\":\"([^\"]+)\".*", "$1");
        assertEquals(200, app.post("/shareAuth/finish", "{\"token\":\"" + token + "\",\"appName\":\"=cmd\",\"chatId\":\"c1\","
                + "\"responseData\":[{\"moduleName\":\"AI\",\"totalPoints\":1.5}]}").statusCode());
        String account = RelayAdmin.read(app.admin("GET", "/admin/api/accounts", null).body()).get("data").get(0).get("id").asText();
        ids = Map.of("{user}", walker.id, "{account}", account, "{key}", key, "{own}", own, "{model}", "mock-gpt");

        user = new ConsoleClient(app.base());
        assertEquals(303, user.submit("/me/login", "/me/login", Map.of("username", "walker", "password", "password123")).statusCode());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyRegisteredPageIsWalked() throws IOException {
        Set<String> walked = new TreeSet<>();
        Stream.of(ADMIN_PAGES, USER_PAGES, SIGN_IN_STEPS, List.copyOf(NOT_PAGES)).flatMap(List::stream)
                .forEach(page -> walked.add(shape(page)));
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/io/tollgate/console"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher route = GET_ROUTE.matcher(Files.readString(source));
                while (route.find()) {
                    if (!walked.contains(shape(route.group(1)))) {
                        missing.add(route.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "GET routes no walk visits (add one line to ADMIN_PAGES or USER_PAGES): " + missing);
    }

    @Test
    void everyPageIsChineseForAChineseBrowser() {
        admin.cookies.remove("tg_lang");
        user.cookies.remove("tg_lang");
        List<String> problems = new ArrayList<>();
        for (String page : ADMIN_PAGES) {
            problems.addAll(chineseProblems(page, admin.get(fill(page), "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")));
        }
        for (String page : USER_PAGES) {
            problems.addAll(chineseProblems(page, user.get(fill(page), "Accept-Language", "zh-CN")));
        }
        CHINESE_STEPS.forEach((page, body) -> problems.addAll(chineseProblems(page, body)));
        System.out.println("walked " + (ADMIN_PAGES.size() + USER_PAGES.size() + CHINESE_STEPS.size()) + " pages in Chinese");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPageIsEnglishWhenAskedBySwitch() {
        List<String> problems = new ArrayList<>();
        for (String page : ADMIN_PAGES) {
            problems.addAll(englishProblems(page, admin, "Accept-Language", "zh-CN"));
        }
        for (String page : USER_PAGES) {
            problems.addAll(englishProblems(page, user, "Accept-Language", "zh-CN"));
        }
        admin.cookies.remove("tg_lang");
        user.cookies.remove("tg_lang");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theSwitchIsRememberedWithoutTheHeader() {
        ConsoleClient browser = new ConsoleClient(app.base());
        HttpResponse<String> switched = browser.get("/me/login?lang=zh-CN");
        assertTrue(switched.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("tg_lang=zh-CN")),
                switched.headers().map().toString());

        String next = browser.get("/console/login").body();

        assertTrue(next.contains("lang=\"zh-CN\"") && next.contains(Bundles.of(Lang.ZH_CN).get("signin.submit")), next);
    }

    @Test
    void numbersAndTimesAreTheLocalesAndUsersAreNamed() {
        String userPage = admin.get(fill("/console/users/{user}?lang=en")).body();
        String consumptions = admin.get("/console/consumptions?lang=en").body();
        String byName = admin.get("/console/consumptions?userId=walker&lang=en").body();
        admin.cookies.remove("tg_lang");

        assertTrue(userPage.contains("<td class=\"num\">1,234.5</td>"), "the top-up in the ledger: " + userPage);
        assertTrue(consumptions.contains(">walker</a>") && !consumptions.contains(">" + ids.get("{user}") + "</a>"), consumptions);
        assertTrue(byName.contains(">walker</a>"), "the user filter takes a username: " + byName);
        for (String page : List.of("/console/users", "/console/users/{user}", "/console/users/{user}/usage", "/console/consumptions",
                "/console/unpaid", "/console/audit")) {
            String body = admin.get(fill(page)).body();
            assertFalse(RAW_INSTANT.matcher(body).find(), page + " shows a raw timestamp:\n" + body);
        }
        assertFalse(RAW_INSTANT.matcher(user.get(fill("/me/accounts/{own}/usage")).body()).find());
    }

    @Test
    void theUsersHomeAndAccountsSpeakChineseToAChineseBrowser() {
        user.cookies.remove("tg_lang");
        String home = user.get("/me", "Accept-Language", "zh-CN").body();
        String accounts = user.get("/me/accounts", "Accept-Language", "zh-CN").body();

        for (String label : List.of("余额", "积分", "API 密钥", "最近调用（积分）", "预算", "吊销")) {
            assertTrue(home.contains(label), label + " on /me:\n" + home);
        }
        for (String label : List.of("我的账号", "添加账号", "今日额度", "今日已用", "检测", "删除…")) {
            assertTrue(accounts.contains(label), label + " on /me/accounts:\n" + accounts);
        }
        for (String english : List.of(">Balance<", "Recent calls in points", "No API keys yet", "(UTC)", ">Revoke<", "Nothing needs")) {
            assertFalse(home.contains(english), english + " on /me:\n" + home);
        }
        for (String english : List.of("Your accounts", "Add an account", "Today's quota", "tokens today", "Last used", ">Check<",
                "(paste a key)", ">never<")) {
            assertFalse(accounts.contains(english), english + " on /me/accounts:\n" + accounts);
        }
        assertFalse(RAW_INSTANT.matcher(home).find(), "times in the reader's format: " + home);
        assertFalse(RAW_INSTANT.matcher(accounts).find(), "times in the reader's format: " + accounts);
    }

    @Test
    void theKeysListNamesItsUsersAndTheirTimesAreTheLocales() {
        String keys = admin.get("/console/keys?lang=en").body();
        admin.cookies.remove("tg_lang");

        assertTrue(keys.contains(">walker</a>") && !keys.contains(">" + ids.get("{user}") + "</a>"), keys);
        assertFalse(RAW_INSTANT.matcher(keys).find(), keys);
    }

    @Test
    void theRootSendsABrowserToTheConsoleAndLeavesApiClientsAlone() {
        HttpResponse<String> browser = app.get(app.base() + "/");
        ConsoleClient html = new ConsoleClient(app.base());
        HttpResponse<String> asked = html.get("/", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

        assertEquals(303, asked.statusCode());
        assertEquals("/console", asked.headers().firstValue("Location").orElseThrow());
        assertEquals(404, browser.statusCode(), "a client asking no HTML gets the usual 404: " + browser.body());
        assertTrue(browser.body().contains("not_found"), browser.body());
    }

    private static List<String> chineseProblems(String page, HttpResponse<String> reply) {
        if (reply.statusCode() != 200) {
            return List.of(page + ": status " + reply.statusCode() + "\n" + reply.body());
        }
        return chineseProblems(page, reply.body());
    }

    private static List<String> chineseProblems(String page, String body) {
        List<String> problems = new ArrayList<>();
        if (!body.contains("<html lang=\"zh-CN\">")) {
            problems.add(page + ": not marked lang=\"zh-CN\"");
        }
        if (body.contains("??")) {
            problems.add(page + ": untranslated key near " + near(body, "??"));
        }
        // The navigation lives in the header; words inside a page are checked by its own tests and the ?? marker.
        String header = body.contains("</header>") ? body.substring(0, body.indexOf("</header>")) : body;
        Map<String, String> english = Bundles.of(Lang.EN);
        Map<String, String> chinese = Bundles.of(Lang.ZH_CN);
        english.forEach((key, label) -> {
            boolean navigation = key.startsWith("nav.") || key.startsWith("me.nav.") || key.startsWith("layout.");
            if (navigation && !label.equals(chinese.get(key)) && header.contains(">" + label + "<")) {
                problems.add(page + ": English navigation label '" + label + "'");
            }
        });
        return problems;
    }

    private static List<String> englishProblems(String page, ConsoleClient client, String... headers) {
        String path = fill(page) + (page.contains("?") ? "&" : "?") + "lang=en";
        HttpResponse<String> reply = client.get(path, headers);
        if (reply.statusCode() != 200) {
            return List.of(page + ": status " + reply.statusCode());
        }
        List<String> problems = new ArrayList<>();
        if (!reply.body().contains("<html lang=\"en\">")) {
            problems.add(page + ": not English though ?lang=en");
        }
        if (reply.body().contains("??")) {
            problems.add(page + ": untranslated key near " + near(reply.body(), "??"));
        }
        return problems;
    }

    private static String fill(String page) {
        String path = page;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        return path;
    }

    /** A route's shape: its query dropped and every path parameter alike. */
    private static String shape(String route) {
        return route.replaceAll("\\?.*", "").replaceAll("\\{[^}]+}", "{}");
    }

    private static String near(String body, String marker) {
        int at = body.indexOf(marker);
        return body.substring(Math.max(0, at - 80), Math.min(body.length(), at + 80));
    }
}

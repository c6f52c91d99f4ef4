using System.Text.Json;
using System.Text.RegularExpressions;

namespace IepNavigator.Dialogs.Tests.Content;

/// <summary>
/// Every content file a parent reads exists in English and Spanish with the same keys, the same shape and the
/// same {placeholders}; a file that is deliberately not translated is listed here with its reason. Reads the
/// files in the repository (the source of what is embedded), so a missing or extra key fails here, not in a chat.
/// </summary>
public sealed partial class TranslationParityTests
{
    /// <summary>Content folders and their files that need no translation, with why.</summary>
    private static readonly Dictionary<string, string> NotTranslated = new(StringComparer.Ordinal)
    {
        ["dialogs/content/school-titles.json"] = "Spanish job titles and the English title the school's letter says: both languages in one list",
        ["knowledge/content/questions-by-stage.json"] = "which facts matter at each stage: fact names only",
        ["dialogs/IepNavigator.Understanding/content/stage-evidence.json"] = "which facts put a message in which stages: fact, stage and intent names only",
        ["knowledge/content/validation.json"] = "API error messages for developers, and state codes",
        ["knowledge/content/holidays.json"] = "dates of school breaks",
        ["knowledge/content/state-timelines.json"] = "days, units and citations; the sentences are built from phrases.json",
        ["knowledge/content/policy.json"] = "numbers the rules use",
        ["knowledge/content/goals/patterns.json"] = "recognises the English goal text schools write",
        ["knowledge/content/goals/tracking.json"] = "numbers the progress judgement uses",
        ["src/IepNavigator.Triage/content/urgency.json"] = "thresholds and levels; the sentences are in packet-text.json",
        ["src/IepNavigator.Triage/content/free-help.json"] = "stages and step ids; the sentences are in packet-text.json",
    };

    /// <summary>Vocabulary: phrases a parent may type. Same keys in both languages; the lists differ in length.</summary>
    private static readonly HashSet<string> Vocabulary = new(StringComparer.Ordinal)
    {
        "dialogs/content/answers.json",
        "dialogs/content/child-words.json", // words a reply is written with and says instead; English replies say "your child" (none)
        "dialogs/content/interruptions.json",
        "dialogs/content/stages.json",
        "dialogs/IepNavigator.Understanding/content/answers.json",
        "dialogs/IepNavigator.Understanding/content/clauses.json",
        "dialogs/IepNavigator.Understanding/content/concerns.json",
        "dialogs/IepNavigator.Understanding/content/details.json",
        "dialogs/IepNavigator.Understanding/content/facts.json",
        "dialogs/IepNavigator.Understanding/content/intents.json",
        "dialogs/IepNavigator.Understanding/content/language.json",
        "dialogs/IepNavigator.Understanding/content/letters.json",
        "dialogs/IepNavigator.Understanding/content/question-forms.json",
        "dialogs/IepNavigator.Understanding/content/spelling.json",
        "dialogs/IepNavigator.Understanding/content/states.json",
        "dialogs/IepNavigator.Understanding/content/topics.json",
        "dialogs/content/triage-chat.json",
        "dialogs/content/teams-chat.json",
        "knowledge/content/iep-reading/vocabulary.json",
    };

    /// <summary>Keys whose value names something rather than says it: the same in every language.</summary>
    private static readonly HashSet<string> Identifiers = new(StringComparer.Ordinal)
    {
        "id", "value", "kind", "fact", "letter", "topic", "defaultUrgency", "direction", "order", "citations", "stage", "dateFact",
    };

    /// <summary>Sections that are data, not sentences, everything below them untranslated (per file).</summary>
    private static readonly Dictionary<string, string[]> DataSections = new(StringComparer.Ordinal)
    {
        ["dialogs/content/letter-ledger.json"] = ["$.letters", "$.followUpFields"],
    };

    /// <summary>Maps whose keys are words a parent types ("emailed" → "email"): keys differ by language, values are data.</summary>
    private static readonly Dictionary<string, string[]> WordMaps = new(StringComparer.Ordinal)
    {
        ["dialogs/content/letter-ledger.json"] = ["$.sentVerbs", "$.sentBy"],
    };

    private static readonly string[] ContentFolders = ["dialogs/content", "knowledge/content", "knowledge/content/goals", "knowledge/content/iep-reading", "src/IepNavigator.Triage/content", "src/IepNavigator.DirectLine/content", "dialogs/IepNavigator.Understanding/content"];

    public static TheoryData<string> TranslatedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ContentFolders.SelectMany(EnglishFiles).Where(f => !NotTranslated.ContainsKey(f)))
        {
            data.Add(file);
        }
        return data;
    }

    [Fact]
    public void EveryContentFile_IsTranslatedOrListedAsNotNeedingIt()
    {
        var untranslated = ContentFolders.SelectMany(EnglishFiles)
            .Where(f => !NotTranslated.ContainsKey(f) && !File.Exists(Path.Combine(Root, SpanishOf(f))))
            .ToList();
        Assert.True(untranslated.Count == 0, "No Spanish file for: " + string.Join(", ", untranslated));
        var listedButGone = NotTranslated.Keys.Where(f => !File.Exists(Path.Combine(Root, f))).ToList();
        Assert.True(listedButGone.Count == 0, "Listed as not translated but missing: " + string.Join(", ", listedButGone));
    }

    /// <summary>
    /// A key twice in one object reads as the last one only (System.Text.Json keeps the last): two rounds that each added an
    /// <c>answerYes</c> list to the same fact silently dropped the first round's phrases (found merging the thirteenth round).
    /// </summary>
    [Fact]
    public void EveryContentFile_NamesEachKeyOnceInAnObject()
    {
        var repeated = new List<string>();
        var files = ContentFolders.SelectMany(folder => new[] { Path.Combine(Root, folder), Path.Combine(Root, folder, "es") })
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.json"));
        foreach (var file in files)
        {
            var reader = new Utf8JsonReader(File.ReadAllBytes(file), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var keys = new Stack<HashSet<string>>();
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        keys.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        keys.Pop();
                        break;
                    case JsonTokenType.PropertyName when !keys.Peek().Add(reader.GetString()!):
                        repeated.Add($"{Path.GetRelativePath(Root, file)}: \"{reader.GetString()}\" at byte {reader.TokenStartIndex}");
                        break;
                }
            }
        }
        Assert.True(repeated.Count == 0, "A key named twice in one object:\n" + string.Join("\n", repeated));
    }

    [Fact]
    public void EverySpanishFile_HasAnEnglishOne()
    {
        var orphans = ContentFolders
            .Select(folder => Path.Combine(Root, folder, "es"))
            .Where(Directory.Exists)
            .SelectMany(es => Directory.GetFiles(es, "*.json"))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !File.Exists(Path.Combine(Root, EnglishOf(f))))
            .ToList();
        Assert.True(orphans.Count == 0, "Spanish without English: " + string.Join(", ", orphans));
    }

    [Theory]
    [MemberData(nameof(TranslatedFiles))]
    public void SpanishFile_HasTheSameKeysShapeAndPlaceholders(string englishFile)
    {
        using var english = Parse(englishFile);
        using var spanish = Parse(SpanishOf(englishFile));
        var problems = new List<string>();
        var rules = new FileRules(Vocabulary.Contains(englishFile), DataSections.GetValueOrDefault(englishFile) ?? [], WordMaps.GetValueOrDefault(englishFile) ?? []);
        Compare(english.RootElement, spanish.RootElement, "$", rules, identifier: false, problems);
        Assert.True(problems.Count == 0, $"{SpanishOf(englishFile)} differs from {englishFile}:\n" + string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void ParityCheck_CatchesAMissingKeyAPlaceholderAndAnExtraItem()
    {
        // The comparison itself must be able to fail, or the tests above prove nothing.
        using var english = JsonDocument.Parse("""{"a":"Due by {dueBy}.","b":["x","y"],"c":{"id":"k","t":"Hi"}}""");
        using var spanish = JsonDocument.Parse("""{"a":"Para el {fecha}.","b":["x"],"c":{"id":"other"}}""");
        var problems = new List<string>();
        Compare(english.RootElement, spanish.RootElement, "$", new FileRules(false, [], []), identifier: false, problems);
        Assert.Contains(problems, p => p.Contains("$.a", StringComparison.Ordinal) && p.Contains("placeholders", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("$.b", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("$.c.t", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("$.c.id", StringComparison.Ordinal));
    }

    private sealed record FileRules(bool Vocabulary, string[] DataSections, string[] WordMaps);

    private static void Compare(JsonElement en, JsonElement es, string path, FileRules rules, bool identifier, List<string> problems)
    {
        identifier = identifier || rules.DataSections.Contains(path);
        var vocabulary = rules.Vocabulary;
        if (rules.WordMaps.Contains(path))
        {
            if (es.ValueKind != JsonValueKind.Object || !es.EnumerateObject().Any())
            {
                problems.Add($"{path}: no Spanish words");
            }
            else
            {
                var values = en.EnumerateObject().Select(p => p.Value.ToString()).ToHashSet(StringComparer.Ordinal);
                problems.AddRange(es.EnumerateObject().Where(p => !values.Contains(p.Value.ToString()))
                    .Select(p => $"{path}.{p.Name}: means \"{p.Value}\", which no English word means"));
            }
            return;
        }
        if (en.ValueKind != es.ValueKind)
        {
            problems.Add($"{path}: {en.ValueKind} in English, {es.ValueKind} in Spanish");
            return;
        }
        switch (en.ValueKind)
        {
            case JsonValueKind.Object:
                var enKeys = en.EnumerateObject().Select(p => p.Name).Where(n => n != "note").ToHashSet(StringComparer.Ordinal);
                var esKeys = es.EnumerateObject().Select(p => p.Name).Where(n => n != "note").ToHashSet(StringComparer.Ordinal);
                problems.AddRange(enKeys.Except(esKeys).Select(k => $"{path}.{k}: missing in Spanish"));
                problems.AddRange(esKeys.Except(enKeys).Select(k => $"{path}.{k}: only in Spanish"));
                foreach (var key in enKeys.Intersect(esKeys))
                {
                    Compare(en.GetProperty(key), es.GetProperty(key), $"{path}.{key}", rules, identifier || Identifiers.Contains(key), problems);
                }
                break;
            case JsonValueKind.Array:
                var enItems = en.EnumerateArray().ToList();
                var esItems = es.EnumerateArray().ToList();
                // Vocabulary lists (phrases, or the recogniser's weighted signals) may be longer in one language.
                if (vocabulary && (enItems.All(i => i.ValueKind == JsonValueKind.String) || path.EndsWith(".signals", StringComparison.Ordinal)))
                {
                    if (enItems.Count > 0 && esItems.Count == 0)
                    {
                        problems.Add($"{path}: no Spanish phrases");
                    }
                    break;
                }
                if (enItems.Count != esItems.Count)
                {
                    problems.Add($"{path}: {enItems.Count} items in English, {esItems.Count} in Spanish");
                    break;
                }
                for (var i = 0; i < enItems.Count; i++)
                {
                    Compare(enItems[i], esItems[i], $"{path}[{i}]", rules, identifier, problems);
                }
                break;
            case JsonValueKind.String:
                var enText = en.GetString()!;
                var esText = es.GetString()!;
                if (identifier && enText != esText)
                {
                    problems.Add($"{path}: names something (\"{enText}\") and must not be translated (\"{esText}\")");
                }
                else if (!Placeholders(enText).SetEquals(Placeholders(esText)))
                {
                    problems.Add($"{path}: placeholders {string.Join(" ", Placeholders(enText).Order())} in English, {string.Join(" ", Placeholders(esText).Order())} in Spanish");
                }
                else if (enText.Trim().Length > 0 && esText.Trim().Length == 0)
                {
                    problems.Add($"{path}: empty in Spanish");
                }
                break;
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
                if (en.GetRawText() != es.GetRawText())
                {
                    problems.Add($"{path}: {en.GetRawText()} in English, {es.GetRawText()} in Spanish");
                }
                break;
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{[A-Za-z0-9_.]+\}")]
    private static partial Regex PlaceholderPattern();

    private static IEnumerable<string> EnglishFiles(string folder) =>
        Directory.GetFiles(Path.Combine(Root, folder), "*.json", SearchOption.TopDirectoryOnly)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static string SpanishOf(string englishFile) =>
        Path.GetDirectoryName(englishFile)!.Replace('\\', '/') + "/es/" + Path.GetFileName(englishFile);

    private static string EnglishOf(string spanishFile) =>
        Path.GetDirectoryName(Path.GetDirectoryName(spanishFile))!.Replace('\\', '/') + "/" + Path.GetFileName(spanishFile);

    private static JsonDocument Parse(string relativePath) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, relativePath)), new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });

    private static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IepNavigator.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (IepNavigator.sln) is not above the test folder.");
    }
}

using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Letters;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Training.Corpus;

namespace IepNavigator.Understanding.Tests.Corpus;

/// <summary>
/// The corpus is data an advocate reviews and a model learns from: every line must follow GUIDE.md section A
/// exactly (keys in order, valid stage, intent, topic, letter, contract fact names and values, dates not after the
/// corpus's today), ids unique, splits about 70/15/15, and the minimum sizes of issue 17 met.
/// </summary>
public sealed partial class CorpusShapeTests
{
    private static readonly DateOnly CorpusToday = new(2026, 12, 6);
    private static readonly string Folder = CorpusReader.DefaultFolder();

    private static readonly HashSet<string> Topics =
    [
        "what-is-an-iep", "iep-vs-504", "who-qualifies", "present-levels", "measurable-goals", "progress-data", "not-a-place",
        "prior-written-notice", "iee", "evaluation", "why-in-writing", "evaluation-timeline", "evaluation-response", "iep-meeting-timeline", "iep-meeting",
        "iep-meeting-request", "parent-center", "advocate-cost", "discipline-rights", "manifestation-review", "records-access", "evaluation-report", "consent", "esy", "fba-bip",
        "transition", "stay-put", "reevaluation", "due-process", "state-complaint", "mediation", "section-504-plan", "accommodations",
        "compensatory-services", "letter-fields", "privacy", "retaliation", "other",
    ];

    private static readonly HashSet<string> UspsCodes =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA",
        "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX",
        "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
    ];

    private static readonly HashSet<string> LetterIdSet = [.. typeof(LetterIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    private static readonly HashSet<string> Stages = [.. StageNames.All];

    private static readonly HashSet<string> ConcernNames = [.. Enum.GetValues<ConcernArea>().Select(a => IepNavigator.Knowledge.KnowledgeJson.EnumName(a))];

    [Fact]
    public void EveryLine_FollowsTheGuide()
    {
        var problems = new List<string>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.jsonl", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Folder, path).Replace('\\', '/');
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (line.Length == 0)
                {
                    continue;
                }
                problems.AddRange(Check(line, relative).Select(p => $"{relative}:{number}: {p}"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(60)));
    }

    [Fact]
    public void Check_CatchesWhatTheGuideForbids()
    {
        // The checker must be able to fail, or the test above proves nothing.
        const string bad = """{"id":"en-x-1","lang":"fr","text":"","awaiting":"nope","stage":"lost","intent":"chat","letter":"made-up","topic":"weather","facts":{"stage":"concerned","state":"ZZ","evaluationRequestedOn":"2027-01-01","concerns":["dance"]},"unknown":["notAFact"],"none":["hasRecords"],"approximate":["state"],"details":{"shoeSize":"9"},"split":"holdout"}""";
        var problems = Check(bad, "en/concerned.jsonl");
        foreach (var expected in new[] { "id", "lang", "text", "awaiting", "stage", "intent", "letter", "topic", "facts.stage", "state", "evaluationRequestedOn", "concerns", "unknown", "none", "approximate", "details", "split" })
        {
            Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
        }
        Assert.NotEmpty(Check("""{"lang":"en","id":"en-x-0001"}""", "en/concerned.jsonl"));
    }

    [Fact]
    public void Ids_AreUnique()
    {
        var examples = CorpusReader.Read(Folder);
        var duplicates = examples.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "duplicate ids: " + string.Join(", ", duplicates));
    }

    [Fact]
    public void Acceptance_IsItsOwnSplit_AndEveryOtherLineIsTrainDevOrTest()
    {
        var examples = CorpusReader.Read(Folder);
        Assert.All(examples.Where(e => e.File == "acceptance.jsonl"), e => Assert.Equal("acceptance", e.Split));
        Assert.All(examples.Where(e => e.File != "acceptance.jsonl"), e => Assert.Contains(e.Split, new[] { "train", "dev", "test" }));
        Assert.Contains(examples, e => e.Split == "acceptance");
    }

    [Fact]
    public void Splits_AreAboutSeventyFifteenFifteen()
    {
        var examples = CorpusReader.Read(Folder).Where(e => e.Split != "acceptance").ToList();
        double Share(string split) => (double)examples.Count(e => e.Split == split) / examples.Count;
        Assert.InRange(Share("train"), 0.65, 0.75);
        Assert.InRange(Share("dev"), 0.12, 0.18);
        Assert.InRange(Share("test"), 0.12, 0.18);
    }

    [Fact]
    public void Corpus_MeetsTheMinimumSizes()
    {
        var all = CorpusReader.Read(Folder);
        var examples = all.Where(e => e.Split != "acceptance").ToList();
        Assert.True(examples.Count >= 900, $"{examples.Count} examples besides acceptance; at least 900");
        var spanish = (double)examples.Count(e => e.Lang is "es" or "mixed") / examples.Count;
        Assert.True(spanish >= 0.35, $"{spanish:P0} Spanish or Spanglish; at least 35 %");
        foreach (var stage in Stages)
        {
            var count = examples.Count(e => e.Stage == stage);
            Assert.True(count >= 70, $"stage {stage}: {count} examples; at least 70");
        }
        foreach (var intent in IntentNames.All)
        {
            var count = examples.Count(e => e.Intent == intent);
            Assert.True(count >= 25, $"intent {intent}: {count} examples; at least 25");
        }
        Assert.True(examples.Count(e => e.Awaiting is not null) >= 150, "at least 150 answers (awaiting set)");
        Assert.True(examples.Count(e => e.File == "negatives.jsonl") >= 60, "at least 60 negatives");
        Assert.True(examples.Count(e => e.Facts.EnumerateObject().Count() >= 3) >= 200, "at least 200 messages stating 3 or more facts");
    }

    /// <summary>What is wrong with one line (empty when it follows the guide).</summary>
    private static List<string> Check(string line, string file)
    {
        var problems = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return [$"not JSON: {ex.Message}"];
        }
        using (document)
        {
            var root = document.RootElement;
            var keys = root.EnumerateObject().Select(p => p.Name).ToList();
            if (!keys.SequenceEqual(CorpusExample.Keys))
            {
                problems.Add($"keys must be exactly [{string.Join(",", CorpusExample.Keys)}] in that order, not [{string.Join(",", keys)}]");
                return problems;
            }
            var id = root.GetProperty("id").GetString() ?? "";
            var lang = root.GetProperty("lang").GetString();
            if (!IdShape().IsMatch(id) || !id.StartsWith(lang + "-", StringComparison.Ordinal))
            {
                problems.Add($"id '{id}' is not <lang>-<group>-NNNN");
            }
            if (lang is not ("en" or "es" or "mixed"))
            {
                problems.Add($"lang '{lang}'");
            }
            if (string.IsNullOrWhiteSpace(root.GetProperty("text").GetString()) && file != "negatives.jsonl")
            {
                problems.Add("empty text");
            }
            var awaiting = NullableString(root.GetProperty("awaiting"));
            var awaitingLetterField = awaiting is not null && LetterFields.All.Contains(awaiting);
            if (awaiting is not null && CaseFactFields.Find(awaiting) is null && !awaitingLetterField)
            {
                problems.Add($"awaiting '{awaiting}' is neither a contract fact nor a letter field");
            }
            var stage = NullableString(root.GetProperty("stage"));
            if (stage is not null && !Stages.Contains(stage))
            {
                problems.Add($"stage '{stage}'");
            }
            var intent = root.GetProperty("intent").GetString();
            if (IntentNames.Find(intent) is null)
            {
                problems.Add($"intent '{intent}'");
            }
            var letter = NullableString(root.GetProperty("letter"));
            if (letter is not null && (!LetterIdSet.Contains(letter) || intent is not ("draft-letter" or "letter-sent")))
            {
                problems.Add($"letter '{letter}' (a LetterIds id, only with draft-letter or letter-sent)");
            }
            var topic = NullableString(root.GetProperty("topic"));
            if (topic is not null && (!Topics.Contains(topic) || intent is not ("ask-process" or "explain-term")))
            {
                problems.Add($"topic '{topic}' (a GUIDE.md C5 key, only with ask-process or explain-term)");
            }
            var facts = root.GetProperty("facts");
            var dateFacts = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fact in facts.EnumerateObject())
            {
                problems.AddRange(CheckFact(fact.Name, fact.Value, dateFacts));
            }
            foreach (var list in new[] { "unknown", "none", "approximate" })
            {
                foreach (var name in root.GetProperty(list).EnumerateArray().Select(e => e.GetString() ?? ""))
                {
                    var field = CaseFactFields.Find(name);
                    var ok = list switch
                    {
                        "unknown" => (field is not null && name != FactNames.Stage) || (awaitingLetterField && LetterFields.All.Contains(name)),
                        "none" => field?.Kind == FactKind.Date,
                        _ => dateFacts.Contains(name),
                    };
                    if (!ok)
                    {
                        problems.Add($"{list} '{name}'");
                    }
                }
            }
            foreach (var detail in root.GetProperty("details").EnumerateObject())
            {
                if (!LetterFields.All.Contains(detail.Name) || detail.Value.ValueKind != JsonValueKind.String)
                {
                    problems.Add($"details '{detail.Name}'");
                }
            }
            var split = root.GetProperty("split").GetString();
            if (split is not ("train" or "dev" or "test" or "acceptance") || (split == "acceptance") != (file == "acceptance.jsonl"))
            {
                problems.Add($"split '{split}'");
            }
        }
        return problems;
    }

    private static IEnumerable<string> CheckFact(string name, JsonElement value, HashSet<string> dateFacts)
    {
        var field = CaseFactFields.Find(name);
        if (field is null || name is FactNames.Stage or FactNames.Today)
        {
            yield return $"facts.{name} is not a contract fact the corpus may label";
            yield break;
        }
        switch (field.Kind)
        {
            case FactKind.Date:
                if (value.ValueKind != JsonValueKind.String
                    || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    yield return $"{name}: not a yyyy-MM-dd date";
                }
                else if (date > CorpusToday && name != FactNames.IepMeetingOn)
                {
                    yield return $"{name}: {date:yyyy-MM-dd} is after the corpus's today";
                }
                dateFacts.Add(name);
                break;
            case FactKind.YesNo:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    yield return $"{name}: not true/false";
                }
                break;
            case FactKind.Count:
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var n) || n < 0 || (name == FactNames.ChildAge && n > 22))
                {
                    yield return $"{name}: not a count";
                }
                break;
            case FactKind.State:
                if (value.ValueKind != JsonValueKind.String || !UspsCodes.Contains(value.GetString()!))
                {
                    yield return $"{name}: '{value}' is not a USPS code";
                }
                break;
            case FactKind.Concerns:
                if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0 || value.EnumerateArray().Any(a => !ConcernNames.Contains(a.GetString() ?? "")))
                {
                    yield return $"{name}: not a list of contract concern areas";
                }
                break;
            default:
                yield return $"{name}: not labelled in facts";
                break;
        }
    }

    private static string? NullableString(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetString();

    [GeneratedRegex(@"^[a-z]+-[a-z0-9-]+-\d{4}$")]
    private static partial Regex IdShape();
}

using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Templates;

namespace IepNavigator.Letters.Tests;

/// <summary>A realistic case shared by the tests: every field a parent would give, and a case with facts.</summary>
internal static class TestLetters
{
    public static readonly DateOnly Today = new(2026, 11, 26);
    public const string TodayText = "November 26, 2026";

    public static readonly LetterTemplateCatalog Catalog = new();
    public static readonly LetterRenderer Renderer = new(Catalog);

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var letter in Catalog.AllIn("en"))
        {
            data.Add(letter.Id);
        }

        return data;
    }

    /// <summary>Every shared field, plus a realistic answer to each letter-specific field.</summary>
    public static Dictionary<string, string?> FullFields(string letterId)
    {
        var fields = new Dictionary<string, string?>
        {
            ["childName"] = "Maya Lopez",
            ["childDateOfBirth"] = "March 3, 2017",
            ["school"] = "Lincoln Elementary School",
            ["grade"] = "3",
            ["district"] = "Springfield Unified School District",
            ["parentName"] = "Rosa Lopez",
            ["parentEmail"] = "rosa.lopez@example.org",
            ["parentPhone"] = "555-0142",
            ["parentAddress"] = "12 Oak Street\nSpringfield, IL 62701",
            ["recipientName"] = "Dr. Alan Greene",
            ["recipientTitle"] = "Director of Special Education",
            ["principalName"] = "Ms. Dana Whitfield",
        };
        foreach (var field in Catalog.Find(letterId, "en")!.Fields.Where(f => !fields.ContainsKey(f.Name)))
        {
            fields[field.Name] = $"Example answer about {field.Label.ToLowerInvariant()}";
        }

        return fields;
    }

    /// <summary>Only the required fields: optional ones are missing.</summary>
    public static Dictionary<string, string?> RequiredFieldsOnly(string letterId)
    {
        var full = FullFields(letterId);
        return Catalog.Find(letterId, "en")!.RequiredFields.ToDictionary(f => f.Name, f => full[f.Name]);
    }

    public static readonly CaseFacts Facts = new()
    {
        Today = Today,
        State = "IL",
        ChildAge = 9,
        Stage = Stage.EvaluationRequested,
        Concerns = [ConcernArea.Reading, ConcernArea.Attention],
        EvaluationRequestedOn = new DateOnly(2026, 9, 14),
        ConsentSignedOn = new DateOnly(2026, 9, 20),
        EvaluationCompletedOn = new DateOnly(2026, 11, 2),
        LastEvaluationOn = new DateOnly(2023, 10, 5),
        IepMeetingOn = new DateOnly(2026, 12, 15),
        IeeRequestedOn = new DateOnly(2026, 10, 1),
        HasProgressReports = false,
        DaysRemovedThisYear = 6,
    };
}

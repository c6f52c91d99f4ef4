using System.Text.RegularExpressions;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Knowledge.Steps;
using IepNavigator.Triage.AdvocateConsole;
using IepNavigator.Triage.Packets;
using IepNavigator.Triage.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IepNavigator.Triage.Tests.Console;

/// <summary>
/// The advocate's one-page brief (the console page and the .docx read it) for the families of issue 25, read as an
/// advocate would: who, what's urgent and the next deadline first, what was sent and answered, steps addressed to
/// the advocate, the parent's words marked with their language, and nothing internal.
/// </summary>
public sealed partial class PacketBriefTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Brief_CaliforniaDiscipline_SaysWhoAndPutsUrgencyAndTheNextDeadlineFirst()
    {
        await using var triage = await TriageServices.CreateAsync(TriageDatabaseKind.Sqlite);

        var brief = await BriefAsync(triage, Families.CaliforniaDiscipline());

        Assert.Equal("Tyler, California", brief.Title);
        Assert.StartsWith("Urgency: Urgent", brief.Glance[0], StringComparison.Ordinal);
        Assert.Equal("Next deadline: November 12, 2026 — School's answer due: Request for a functional behavioral assessment and behavior intervention plan — in 10 days", brief.Glance[1]);
        Assert.Contains("The parent was told to expect contact by November 3, 2026.", brief.Glance);
        var who = Lines(brief, "who");
        Assert.Contains("Parent: Dana Carter", who);
        Assert.Contains("Reach by: Phone call — (555) 123-4567", who);
        Assert.Contains("Child: Tyler Carter", who);
        Assert.Contains("Age: 11", who);
        Assert.Contains("Grade: 6th", who);
        Assert.Contains("School: Lincoln Middle School", who);
        Assert.Contains("District: Fresno Unified", who);
        Assert.Contains("Stage: Discipline (suspension, removal or expulsion)", who);
        // The manifestation review is a dated deadline of its own, not only inside a step.
        // Named as what falls due, with its rule, then the step that acts on it.
        Assert.Contains(Lines(brief, "deadlines"), line => line.StartsWith("November 16, 2026 — The manifestation determination review (MDR) (34 CFR 300.530(e)(1)) — in 14 days", StringComparison.Ordinal)
            && line.EndsWith("next step: Make sure the manifestation determination review (MDR) is held on time", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Brief_StepWhoseLetterWasSent_SaysSentAndTheAnswerDate_NeverThatItIsDue()
    {
        await using var triage = await TriageServices.CreateAsync(TriageDatabaseKind.Sqlite);

        var brief = await BriefAsync(triage, Families.CaliforniaDiscipline());

        var fba = Assert.Single(Lines(brief, "steps"), line => line.Contains("functional behavioral assessment (FBA)", StringComparison.Ordinal));
        Assert.Contains("Letter sent October 28, 2026 (email): Request for a functional behavioral assessment and behavior intervention plan; school's answer due November 12, 2026", fba, StringComparison.Ordinal);
        Assert.DoesNotContain("ready to draft", fba, StringComparison.Ordinal);
        Assert.Contains("sent October 28, 2026 by email; school's answer due November 12, 2026 — no answer yet", Assert.Single(Lines(brief, "sent")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_LetterSentWithoutSayingHow_ReadsAsASentence_WithNoPlaceholder()
    {
        await using var triage = await TriageServices.CreateAsync(TriageDatabaseKind.Sqlite);
        var family = Families.CaliforniaDiscipline();

        // "I sent it today" in the chat records the day, not the way.
        var brief = await BriefAsync(triage, family with { Ledger = [family.Ledger[0] with { SentHow = null }] });

        var fba = Assert.Single(Lines(brief, "steps"), line => line.Contains("functional behavioral assessment (FBA)", StringComparison.Ordinal));
        Assert.Contains("Letter sent October 28, 2026: Request for a functional behavioral assessment and behavior intervention plan; school's answer due November 12, 2026", fba, StringComparison.Ordinal);
        Assert.DoesNotContain("—)", Text(brief), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_TexasRequestIgnored_PutsTheOverdueAnswerFirst_AndShowsWhatTheSchoolAnswered()
    {
        await using var triage = await TriageServices.CreateAsync(TriageDatabaseKind.Sqlite);

        var brief = await BriefAsync(triage, Families.TexasIgnored());

        Assert.Equal("Maya, Texas", brief.Title);
        Assert.StartsWith("Urgency: Soon", brief.Glance[0], StringComparison.Ordinal);
        Assert.Equal("Next deadline: August 20, 2026 — School's answer due: Request for a full special education evaluation — overdue by 74 days", brief.Glance[1]);
        Assert.Contains("Parent: not given", Lines(brief, "who"));
        Assert.Contains(Lines(brief, "sent"), line => line.Contains("sent July 30, 2026 by mail; school's answer due August 20, 2026 — no answer yet", StringComparison.Ordinal));
        var answers = Section(brief, "answers").Lines;
        Assert.Contains(answers, line => line.Text == "They said the records are ready to pick up at the front office." && line.Lang == "en");
        Assert.Contains(answers, line => line.Text.EndsWith("school answered October 25, 2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Brief_TexasRequestIgnored_SaysTheSchoolsAnswerIsOverdue_WithItsRule_NotThatTheStepIs()
    {
        await using var triage = await TriageServices.CreateAsync(TriageDatabaseKind.Sqlite);

        var brief = await BriefAsync(triage, Families.TexasIgnored());

        // The date that passed is the school's 15 school days to answer (Tex. Educ. Code 29.004(c)); the step only acts
        // on it. Worded by the step ("Notify the school in writing... — overdue by 53 days"), it read as the family's miss.
        var deadlines = Lines(brief, "deadlines");
        Assert.Contains(deadlines, line => Regex.IsMatch(line,
            @"^\w+ \d+, 2026 — The school's answer to the evaluation request \(Tex\. Educ\. Code 29\.004\(c\)\) — overdue by \d+ days — estimate \(school days\) — next step: Notify the school in writing that a required deadline has passed$"));
        Assert.DoesNotContain(deadlines, line => Regex.IsMatch(line, @"^\w+ \d+, 2026 — Notify the school"));
        Assert.Contains(Lines(brief, "urgent"), line => line.StartsWith("A deadline has passed: The school's answer to the evaluation request (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Brief_SpanishSpeakingParent_LabelsInTheAdvocatesLanguage_ParentsTextKeptAndMarkedSpanish()
    {
        await using var triage = await TriageServices.CreateAsync(TriageDatabaseKind.Sqlite);

        var brief = await BriefAsync(triage, Families.FloridaSpanish());

        var who = Section(brief, "who").Lines;
        Assert.Contains("Preferred language: Spanish", who.Select(l => l.ToString()));
        Assert.Contains("Chatted in: Spanish", who.Select(l => l.ToString()));
        Assert.Contains(who, line => line is { Label: "Best time:", Text: "por la mañana", Lang: "es", Note: "written in Spanish" });
        var words = Assert.Single(Section(brief, "words").Lines);
        Assert.Equal((Families.FloridaSpanish().ParentWords, "es", "written in Spanish"), (words.Text, words.Lang, words.Note));
        // Everything the brief says itself is English: no Spanish sentence from the chat's advice leaks in.
        foreach (var line in brief.Sections.Where(s => s.Id is "urgent" or "deadlines" or "steps" or "facts" or "free-help").SelectMany(s => s.Lines))
        {
            Assert.DoesNotMatch(SpanishWords(), line.ToString());
        }
    }

    [Fact]
    public async Task Brief_ParentWhoCannotPay_CarriesNoPaymentAnswer()
    {
        await using var triage = await TriageServices.CreateAsync(TriageDatabaseKind.Sqlite);

        var brief = await BriefAsync(triage, Families.FloridaSpanish() with { CanPayForAdvocate = false });

        Assert.DoesNotContain(brief.Sections.SelectMany(s => s.Lines), line => line.Text.Contains("pay", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("ca")]
    [InlineData("tx")]
    [InlineData("fl")]
    public async Task Brief_NamesNothingInternal_AndSpeaksToTheAdvocate(string family)
    {
        await using var triage = await TriageServices.CreateAsync(TriageDatabaseKind.Sqlite);
        var request = family switch { "ca" => Families.CaliforniaDiscipline(), "tx" => Families.TexasIgnored(), _ => Families.FloridaSpanish() };

        var text = Text(await BriefAsync(triage, request));
        output.WriteLine(text);

        foreach (var fact in CaseFactFields.All.Select(f => f.Name).Append(FactNames.Today))
        {
            // The old Case section printed "- daysRemovedThisYear: 13", "- today: ...".
            Assert.DoesNotMatch($"(?m)(^|- ){fact}:", text);
            if (fact.Any(char.IsUpper))
            {
                // A camelCase contract name ("daysRemovedThisYear") is never a word of a sentence.
                Assert.DoesNotMatch($@"\b{fact}\b", text);
            }
        }
        foreach (var step in typeof(StepIds).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            Assert.DoesNotMatch($@"(?<![\w-]){Regex.Escape(step)}(?![\w-])", text);
        }
        Assert.DoesNotContain("letter:", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b(true|false)\b", text);
        Assert.DoesNotContain("your child", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("(s)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_AdvocatesInAnotherTimeZoneAndLanguage_ReadLocalTimeWithUtc_AndSpanishLabels()
    {
        await using var triage = await TriageServices.CreateAsync(TriageDatabaseKind.Sqlite, overrides: new Dictionary<string, string?>
        {
            ["Triage:Console:TimeZone"] = "America/Los_Angeles",
            ["Triage:Console:Language"] = "es",
        });

        var brief = await BriefAsync(triage, Families.CaliforniaDiscipline());

        // 15:00 UTC on Monday November 2, 2026 is 7:00 in Los Angeles (PST, UTC-8).
        Assert.Contains("Recibida el 2 de noviembre de 2026, 07:00 hora de Los Angeles (15:00 UTC)", brief.Glance);
        Assert.StartsWith("Urgencia: Urgente", brief.Glance[0], StringComparison.Ordinal);
        var words = Assert.Single(Section(brief, "words").Lines);
        Assert.Equal(("en", "escrito en inglés"), (words.Lang, words.Note));
        Assert.Contains(Lines(brief, "steps"), line => line.Contains("Asegurar que la revisión de determinación de manifestación (MDR) se haga a tiempo", StringComparison.Ordinal));
    }

    private static async Task<Brief> BriefAsync(TriageServices triage, TriageRequest request)
    {
        var packet = (await triage.Desk.SubmitAsync(request)).Packet!;
        var stored = (await triage.Store.GetAsync(packet.Id, CancellationToken.None))!;
        return triage.Services.GetRequiredService<PacketBrief>().Build(stored);
    }

    private static BriefSection Section(Brief brief, string id) => brief.Sections.Single(s => s.Id == id);

    private static List<string> Lines(Brief brief, string id) => [.. Section(brief, id).Lines.Select(l => l.ToString())];

    private static string Text(Brief brief) =>
        string.Join("\n", new[] { brief.Title }.Concat(brief.Glance)
            .Concat(brief.Sections.SelectMany(s => new[] { "## " + s.Heading }.Concat(s.Lines.Select(l => "- " + l)))));

    [GeneratedRegex(@"[áéíóúñ¿¡]|\b(usted|escuela|fecha|hijo|hija|carta)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpanishWords();
}

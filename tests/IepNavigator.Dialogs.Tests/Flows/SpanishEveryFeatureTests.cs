using System.Text.RegularExpressions;
using IepNavigator.Dialogs.Content;
using IepNavigator.Dialogs.Tests.Goals;
using IepNavigator.Dialogs.Tests.Letters;
using IepNavigator.Dialogs.Tests.Triage;
using IepNavigator.Dialogs.Goals;
using IepNavigator.Dialogs.Letters;
using IepNavigator.Dialogs.Tests.Testing;
using IepNavigator.Dialogs.Triage;
using IepNavigator.Knowledge.Content;
using Microsoft.Bot.Builder;

namespace IepNavigator.Dialogs.Tests.Flows;

/// <summary>
/// The activity's locale alone (es-US, no "español" typed) makes every feature answer in Spanish: each feature's
/// own sentences, read from its content file through the one lookup, reach the parent in Spanish and not in English.
/// </summary>
public sealed partial class SpanishEveryFeatureTests
{
    public static TheoryData<string, string> Features => new()
    {
        { "main", "Me preocupa mucho la lectura de mi hijo" },
        { "goals", "revisar mis metas" },
        { "ledger", "qué he enviado" },
        { "triage", "hablar con un defensor" },
    };

    [Theory]
    [MemberData(nameof(Features))]
    public async Task SpanishLocale_EveryFeature_AnswersInSpanish(string feature, string opening)
    {
        var (harness, bot) = Harness(feature);
        using var _ = harness;
        var client = new DialogTestClient(bot.OnTurnAsync, locale: "es-US");
        var strings = feature switch
        {
            "goals" => new GoalChatContent().Strings,
            "ledger" => new LetterLedgerContent().Strings,
            "triage" => new TriageChatContent().Strings,
            _ => new MessageCatalog().Strings,
        };

        var replies = await client.SendAsync(opening);
        var said = replies.Joined();

        var spanish = Sentences(strings, ContentLanguage.Spanish);
        var english = Sentences(strings, ContentLanguage.English);
        var heard = spanish.Where(s => said.Contains(s.Value, StringComparison.Ordinal)).Select(s => s.Key).ToList();
        Assert.True(heard.Count > 0, $"no {feature} sentence in Spanish; the chat said:\n{said}");
        Assert.All(heard.Where(english.ContainsKey), key => Assert.DoesNotContain(english[key], said, StringComparison.Ordinal));
        Assert.All(replies, r => Assert.Equal("es-US", r.Locale));
    }

    /// <summary>The bot with the feature registered, as the host composes it.</summary>
    private static (IDisposable Harness, IBot Bot) Harness(string feature)
    {
        switch (feature)
        {
            case "goals":
                var goals = new GoalHarness();
                return (goals, goals.Bot);
            case "ledger":
                var letters = new LetterHarness();
                return (letters, letters.Bot);
            case "triage":
                var triage = new TriageHarness();
                return (triage, triage.Bot);
            default:
                var main = new FlowHarness();
                return (main, main.Bot);
        }
    }

    [Fact]
    public void Sentences_DifferBetweenTheLanguages_SoTheTestAboveCanFail()
    {
        var spanish = Sentences(new GoalChatContent().Strings, ContentLanguage.Spanish);
        var english = Sentences(new GoalChatContent().Strings, ContentLanguage.English);
        Assert.Contains(spanish, s => english.TryGetValue(s.Key, out var e) && e != s.Value);
    }

    /// <summary>Each message's longest fixed run (placeholders cut out), long enough to be that sentence alone.</summary>
    private static Dictionary<string, string> Sentences(ContentStrings strings, string language)
    {
        using var _ = ContentLanguage.Begin(language);
        return strings.GetAllStrings(includeParentCultures: false)
            .Select(s => (s.Name, Run: Placeholder().Split(s.Value).MaxBy(r => r.Length) ?? ""))
            .Where(s => s.Run.Trim().Length >= 20)
            .ToDictionary(s => s.Name, s => s.Run, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();
}

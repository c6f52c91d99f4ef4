using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using IepNavigator.Dialogs.Presentation;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Tests.Presentation;

/// <summary>
/// A message longer than its channel takes is split where a reader pauses (blank line, line break, sentence end), never
/// mid-sentence; nothing is lost or reordered. Proven on every content string in every language, on whole content files
/// read as one long text, and on tricky sentences (abbreviations, decimals, citations, Spanish punctuation, Markdown).
/// </summary>
public sealed partial class MessageSplitterTests
{
    [Theory]
    [InlineData("Ask Dr. Lee for the data. Then write it down.", new[] { "Ask Dr. Lee for the data.", "Then write it down." })]
    [InlineData("The aim line expects 40.6 by now. The latest is 33.", new[] { "The aim line expects 40.6 by now.", "The latest is 33." })]
    [InlineData("It cites 34 CFR 300.301. Ask in writing.", new[] { "It cites 34 CFR 300.301.", "Ask in writing." })]
    [InlineData("Use data, e.g. 45 words correct per minute. Then compare.", new[] { "Use data, e.g. 45 words correct per minute.", "Then compare." })]
    [InlineData("Pida los datos, p. ej. 45 palabras por minuto. ¿Los tiene? Escriba a la escuela.", new[] { "Pida los datos, p. ej. 45 palabras por minuto.", "¿Los tiene?", "Escriba a la escuela." })]
    [InlineData("Vive en EE. UU. desde 2020. Tiene derechos.", new[] { "Vive en EE. UU. desde 2020.", "Tiene derechos." })]
    [InlineData("He said \"not yet.\" She waited two weeks ago. Then she wrote.", new[] { "He said \"not yet.\"", "She waited two weeks ago.", "Then she wrote." })]
    [InlineData("**Goal 1: behind.** The latest is 33.", new[] { "**Goal 1: behind.**", "The latest is 33." })]
    [InlineData("First line\n- a list item. Still the item.\n\nNew paragraph!", new[] { "First line", "- a list item.", "Still the item.", "New paragraph!" })]
    public void Sentences_EndAtStops_NotAtAbbreviationsDecimalsOrCitations(string text, string[] expected)
    {
        var sentences = MessageSplitter.Sentences(text).Select(r => text[r]).ToArray();

        Assert.Equal(expected, sentences);
    }

    [Fact]
    public void Split_ShortText_IsOneMessage()
    {
        Assert.Equal(["Hello. How are you?"], MessageSplitter.Split("Hello. How are you?", 100));
        Assert.Empty(MessageSplitter.Split("   ", 100));
    }

    [Fact]
    public void Split_PrefersABlankLine_ThenALineBreak_ThenASentenceEnd()
    {
        var text = "Intro sentence one. Intro sentence two.\n\nSecond paragraph, first sentence. Second sentence here.\nA line after it.";

        var atParagraph = MessageSplitter.Split(text, 70);
        var atSentence = MessageSplitter.Split("One sentence here. Another sentence there. A third one to end.", 45);

        Assert.Equal("Intro sentence one. Intro sentence two.", atParagraph[0]);
        Assert.Equal(["One sentence here. Another sentence there.", "A third one to end."], atSentence);
    }

    [Fact]
    public void Split_NeverCutsInsideBold_AndKeepsAQuotedLineQuoted()
    {
        var quoted = "> " + string.Join(" ", Enumerable.Repeat("Maya will read a grade-level passage aloud.", 4));

        var parts = MessageSplitter.Split(quoted, 100);
        var bold = MessageSplitter.Split("Intro. **This bold title. Has two sentences.** Then more text follows here.", 50);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.StartsWith("> Maya will read", p, StringComparison.Ordinal));
        Assert.All(bold, p => Assert.Equal(0, Regex.Matches(p, @"\*\*").Count % 2));
    }

    [Fact]
    public void Split_ASentenceLongerThanTheLimit_IsCutBetweenWordsNeverInsideOne()
    {
        var sentence = string.Join(" ", Enumerable.Repeat("extraordinarily", 20)) + ".";

        var parts = MessageSplitter.Split(sentence, 50);

        Assert.All(parts, p => Assert.True(p.Length <= 50, p));
        Assert.All(parts.SelectMany(p => p.TrimEnd('.').Split(' ')), w => Assert.Equal("extraordinarily", w));
        Assert.Equal(["x" + new string('y', 80)], MessageSplitter.Split("x" + new string('y', 80), 40));
    }

    /// <summary>Every string of every content file, in both languages, and each file read as one long text.</summary>
    public static TheoryData<string> ContentFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ContentFolders.SelectMany(f => Directory.GetFiles(Path.Combine(Root, f), "*.json")).Where(f => !NotSentences.Contains(Path.GetFileName(f))).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, file).Replace('\\', '/'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Split_EveryContentString_AtSentenceEnds_NothingLost(string file)
    {
        var strings = Strings(file).Where(s => s.Length > 0).ToList();
        Assert.NotEmpty(strings);
        var texts = strings.Append(string.Join("\n\n", strings)).Append(string.Join(" ", strings.Where(s => !s.Contains('\n', StringComparison.Ordinal))));

        foreach (var text in texts)
        {
            foreach (var limit in new[] { 120, 300, 700, 1500 })
            {
                AssertSplitsWell(text, limit);
            }
        }
    }

    /// <summary>The parts: each within the limit, together the whole text, and each cut at a sentence end (or a line break) unless that sentence alone is longer than the limit.</summary>
    internal static void AssertSplitsWell(string text, int limit)
    {
        var parts = MessageSplitter.Split(text, limit);
        Assert.Equal(Collapse([text]), Collapse(parts));
        var sentences = MessageSplitter.Sentences(text);
        int at = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            Assert.True(part.Length <= limit || !part.Contains(' ', StringComparison.Ordinal), $"{part.Length} > {limit}: {part}");
            var body = text.IndexOf(part, at, StringComparison.Ordinal) >= 0 ? part : part[2..];
            var start = text.IndexOf(body, at, StringComparison.Ordinal);
            Assert.True(start >= 0, $"part {i} is not in the text in order: {body}");
            var end = start + body.Length;
            at = end;
            if (i == parts.Count - 1)
            {
                continue;
            }
            var sentence = sentences.FirstOrDefault(s => s.Start.Value < end && end <= s.End.Value);
            bool atSentenceEnd = sentences.Any(s => s.End.Value == end);
            if (atSentenceEnd)
            {
                // A sentence end the reader can see: a stop (before closing quotes or emphasis) or the end of a line.
                Assert.True(SentenceStop().IsMatch(body) || text[end..].TrimStart(' ').StartsWith('\n'), $"cut after \"{Tail(body)}\" in \"{Tail(text[..Math.Min(text.Length, end + 40)])}\"");
            }
            else
            {
                var length = sentence.End.Value - sentence.Start.Value;
                Assert.True(length > limit - 2, $"cut mid-sentence (the sentence is {length} characters, the limit {limit}) after \"{Tail(body)}\"");
            }
        }
    }

    [Fact]
    public void ReplySplitter_LongReply_ButtonsAndCardOnTheLastPart_ChannelDataOnEvery()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 24).Select(i => $"Step {i}. " + string.Join(" ", Enumerable.Repeat($"This is sentence {i} of the advice.", 6))));
        var reply = (Activity)Microsoft.Bot.Builder.MessageFactory.Text(text);
        reply.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "Why?", value: "Why?")] };
        reply.Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = new JObject() }];
        reply.ChannelData = new JObject { ["iepNavigator"] = new JObject { ["stepIds"] = new JArray("request-evaluation") } };
        reply.Locale = "es-US";
        reply.InputHint = InputHints.ExpectingInput;
        var activities = new List<Activity> { MessageFactoryText("before"), reply, MessageFactoryText("after") };

        ReplySplitter.Split(activities, ChannelTextLimits.For("facebook"));

        var parts = activities.Skip(1).SkipLast(1).ToList();
        Assert.Equal("before", activities[0].Text);
        Assert.Equal("after", activities[^1].Text);
        Assert.True(parts.Count >= 3, $"{parts.Count} parts");
        Assert.All(parts, p => Assert.True(p.Text.Length <= 2_000));
        Assert.All(parts, p => Assert.Equal("request-evaluation", (string?)((JObject)p.ChannelData)["iepNavigator"]!["stepIds"]![0]));
        Assert.All(parts, p => Assert.Equal("es-US", p.Locale));
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.SuggestedActions));
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.Attachments));
        Assert.Single(parts[^1].Attachments);
        Assert.Equal("Why?", Assert.Single(parts[^1].SuggestedActions.Actions).Title);
        Assert.Equal(InputHints.ExpectingInput, parts[^1].InputHint);
        Assert.Equal(Collapse([text]), Collapse(parts.Select(p => p.Text)));
    }

    [Fact]
    public void ChannelTextLimits_KnownChannels_AndAReadableDefault()
    {
        Assert.Equal(2_000, ChannelTextLimits.For("facebook"));
        Assert.Equal(1_600, ChannelTextLimits.For("sms"));
        Assert.Equal(ChannelTextLimits.Default, ChannelTextLimits.For("webchat"));
        Assert.Equal(ChannelTextLimits.Default, ChannelTextLimits.For(null));
    }

    private static Activity MessageFactoryText(string text) => (Activity)Microsoft.Bot.Builder.MessageFactory.Text(text);

    private static string Tail(string text) => text.Length <= 60 ? text : "…" + text[^60..];

    /// <summary>The text as a reader sees it once the parts are read one after another: quote marks of carried lines and spacing aside.</summary>
    internal static string Collapse(IEnumerable<string> parts) =>
        string.Join(' ', string.Join("\n", parts).Split('\n').Select(l => l.StartsWith("> ", StringComparison.Ordinal) ? l[2..] : l)
            .SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    [GeneratedRegex(@"[.!?…][""'”’)\]*_»]*$")]
    private static partial Regex SentenceStop();

    private static readonly string[] ContentFolders =
        ["dialogs/content", "dialogs/content/es", "knowledge/content", "knowledge/content/es", "knowledge/content/goals", "knowledge/content/goals/es"];

    /// <summary>Files of data, not sentences a parent reads.</summary>
    private static readonly HashSet<string> NotSentences = new(StringComparer.Ordinal)
    {
        "patterns.json", "tracking.json", "holidays.json", "policy.json", "questions-by-stage.json",
    };

    private static IEnumerable<string> Strings(string file)
    {
        var path = Path.Combine(Root, file);
        if (file.EndsWith(".resx", StringComparison.Ordinal))
        {
            return XDocument.Load(path).Root!.Elements("data").Select(d => (string?)d.Element("value") ?? "");
        }
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var strings = new List<string>();
        Walk(document.RootElement, strings);
        return strings;
    }

    private static void Walk(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, strings);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, strings);
                }
                break;
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
        }
    }

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

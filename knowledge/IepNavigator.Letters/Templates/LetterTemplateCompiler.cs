using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Deadlines;

namespace IepNavigator.Letters.Templates;

/// <summary>Turns template files (name and source) into compiled letters, checking what a reviewer could get wrong.</summary>
internal static class LetterTemplateCompiler
{
    public const string FrameName = "_letter";

    /// <summary>The frame of <paramref name="language"/>: the language every letter compiled with it is written in.</summary>
    public static CompiledFrame CompileFrame(string source, string language = ContentLanguage.English)
    {
        var name = FileName(FrameName, language);
        var (header, body) = FrontMatter.Split<FrameFrontMatter>(name, source);
        var blocks = BlockParser.Parse(name, body);
        if (blocks.Count(b => b.Kind == BlockKind.LetterSlot) != 1)
        {
            throw new LetterTemplateException(name, "needs exactly one '@letter' line");
        }

        var fields = header.Fields.Select(ToField).ToList();
        EnsureUniqueNames(name, fields);
        return new CompiledFrame(language, fields, header.ConcernLabels, header.SideBySideHeading, blocks);
    }

    /// <param name="title">The letter's title from letters.json in the frame's language; null only for a test's template.</param>
    public static CompiledLetter CompileLetter(string id, string source, CompiledFrame frame, string? title = null)
    {
        var name = FileName(id, frame.Language);
        var (header, body) = FrontMatter.Split<LetterFrontMatter>(name, source);
        title ??= header.Title
            ?? throw new LetterTemplateException(name, "front matter is not valid: no title, and knowledge/content/letters.json has none for it");
        if (header.Citations.Count == 0)
        {
            throw new LetterTemplateException(name, "cites no rule; every letter names the rule behind its request");
        }

        if (header.Deadline.Days <= 0 || header.Deadline.ReminderDaysBefore < 0
            || header.Deadline.ReminderDaysBefore >= header.Deadline.Days)
        {
            throw new LetterTemplateException(name, "deadline days must be positive and longer than the reminder");
        }

        if (header.Deadline.Timeline is { } timeline && !AnswerDeadlines.Known.Contains(timeline))
        {
            throw new LetterTemplateException(name, $"deadline names the timeline '{timeline}', which is none of {string.Join(", ", AnswerDeadlines.Known)}");
        }

        var own = header.Fields.Select(ToField).ToList();
        var fields = frame.Fields.Concat(own).ToList();
        EnsureUniqueNames(name, fields);

        var blocks = BlockParser.Parse(name, body);
        if (blocks.Any(b => b.Kind is BlockKind.LetterSlot or BlockKind.TipsSlot))
        {
            throw new LetterTemplateException(name, "'@letter' and '@tips' belong in the frame only");
        }

        var template = new LetterTemplate
        {
            Id = id,
            Title = title,
            Fields = fields,
            Citations = header.Citations,
            ResponseRequested = header.ResponseRequested,
            Deadline = new LetterDeadline(
                header.Deadline.Id, header.Deadline.Title, header.Deadline.Days, header.Deadline.ReminderDaysBefore)
            {
                Timeline = header.Deadline.Timeline,
            },
        };
        return new CompiledLetter(
            template,
            BlockParser.Compile(name, header.Subject),
            blocks,
            header.SendingTips.Select(tip => BlockParser.Compile(name, tip)).ToList(),
            BlockParser.Compile(name, header.Deadline.Description));
    }

    /// <summary>How errors name a file: "evaluation-request", or "es/evaluation-request" for a translation.</summary>
    public static string FileName(string name, string language) =>
        language == ContentLanguage.English ? name : language + "/" + name;

    private static LetterField ToField(FieldFrontMatter f) => new(f.Name, f.Label, f.Question, f.Required);

    private static void EnsureUniqueNames(string name, IEnumerable<LetterField> fields)
    {
        var duplicate = fields.GroupBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new LetterTemplateException(name, $"field '{duplicate.Key}' is declared twice");
        }
    }
}

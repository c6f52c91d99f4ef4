namespace IepNavigator.Letters.Templates;

/// <summary>Turns template files (name and source) into compiled letters, checking what a reviewer could get wrong.</summary>
internal static class LetterTemplateCompiler
{
    public const string FrameName = "_letter";

    public static CompiledFrame CompileFrame(string source)
    {
        var (header, body) = FrontMatter.Split<FrameFrontMatter>(FrameName, source);
        var blocks = BlockParser.Parse(FrameName, body);
        if (blocks.Count(b => b.Kind == BlockKind.LetterSlot) != 1)
        {
            throw new LetterTemplateException(FrameName, "needs exactly one '@letter' line");
        }

        var fields = header.Fields.Select(ToField).ToList();
        EnsureUniqueNames(FrameName, fields);
        return new CompiledFrame(fields, header.ConcernLabels, blocks);
    }

    public static CompiledLetter CompileLetter(string id, string source, CompiledFrame frame)
    {
        var (header, body) = FrontMatter.Split<LetterFrontMatter>(id, source);
        if (header.Citations.Count == 0)
        {
            throw new LetterTemplateException(id, "cites no rule; every letter names the rule behind its request");
        }

        if (header.Deadline.Days <= 0 || header.Deadline.ReminderDaysBefore < 0
            || header.Deadline.ReminderDaysBefore >= header.Deadline.Days)
        {
            throw new LetterTemplateException(id, "deadline days must be positive and longer than the reminder");
        }

        var own = header.Fields.Select(ToField).ToList();
        var fields = frame.Fields.Concat(own).ToList();
        EnsureUniqueNames(id, fields);

        var blocks = BlockParser.Parse(id, body);
        if (blocks.Any(b => b.Kind is BlockKind.LetterSlot or BlockKind.TipsSlot))
        {
            throw new LetterTemplateException(id, "'@letter' and '@tips' belong in the frame only");
        }

        var template = new LetterTemplate
        {
            Id = id,
            Title = header.Title,
            Fields = fields,
            Citations = header.Citations,
            ResponseRequested = header.ResponseRequested,
            Deadline = new LetterDeadline(
                header.Deadline.Id, header.Deadline.Title, header.Deadline.Days, header.Deadline.ReminderDaysBefore),
        };
        return new CompiledLetter(
            template,
            BlockParser.Compile(id, header.Subject),
            blocks,
            header.SendingTips.Select(tip => BlockParser.Compile(id, tip)).ToList(),
            BlockParser.Compile(id, header.Deadline.Description));
    }

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

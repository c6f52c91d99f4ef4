using System.Text;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Rendering;
using IepNavigator.Letters.Templates;

namespace IepNavigator.Letters;

/// <summary>
/// Fills a letter template with the parent's fields and the case's facts and writes it as text, .docx or
/// .ics. Thread-safe (templates are compiled once by the catalogue). Unknown letter ids throw
/// <see cref="KeyNotFoundException"/>; check <see cref="LetterTemplateCatalogue.Contains"/> first.
/// Field values are data: nothing in them is ever read as template code.
/// </summary>
public sealed class LetterRenderer(LetterTemplateCatalogue catalogue)
{
    public LetterTemplateCatalogue Catalogue { get; } = catalogue;

    /// <summary>The required fields that are absent or blank, in the order the chat should ask for them.</summary>
    public IReadOnlyList<LetterField> FindMissingFields(string letterId, IReadOnlyDictionary<string, string?> fields)
    {
        var cleaned = FieldText.CleanAll(fields);
        return Catalogue.Get(letterId).Template.RequiredFields.Where(f => !cleaned.ContainsKey(f.Name)).ToList();
    }

    /// <summary>The filled-in letter as paragraphs (for a preview, or any other format).</summary>
    public LetterResult<LetterDocument> Compose(
        string letterId, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today)
    {
        var letter = Catalogue.Get(letterId);
        var cleaned = FieldText.CleanAll(fields);
        var missing = letter.Template.RequiredFields.Where(f => !cleaned.ContainsKey(f.Name)).ToList();
        return missing.Count > 0
            ? LetterResult<LetterDocument>.Missing(missing)
            : LetterResult<LetterDocument>.Rendered(LetterComposer.Compose(Catalogue.Frame, letter, cleaned, facts, today));
    }

    /// <summary>
    /// The letter as a file in <paramref name="format"/>; for .ics, <paramref name="today"/> is taken as the day
    /// the letter is sent and the template's own deadline is counted from it.
    /// </summary>
    public LetterResult<LetterFile> Render(
        string letterId,
        LetterFormat format,
        IReadOnlyDictionary<string, string?> fields,
        CaseFacts facts,
        DateOnly today)
    {
        LetterResult<byte[]> content = format switch
        {
            LetterFormat.Txt => RenderText(letterId, fields, facts, today).Map(Encoding.UTF8.GetBytes),
            LetterFormat.Docx => RenderDocx(letterId, fields, facts, today),
            LetterFormat.Ics => RenderIcs(letterId, fields, facts, today).Map(Encoding.UTF8.GetBytes),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown letter format"),
        };
        return content.Map(bytes => new LetterFile(
            LetterFile.FileNameOf(letterId, today, format), LetterFile.ContentTypeOf(format), bytes));
    }

    /// <summary>The letter as plain text (UTF-8 when saved), dated <paramref name="today"/>.</summary>
    public LetterResult<string> RenderText(
        string letterId, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today) =>
        Compose(letterId, fields, facts, today).Map(TextLetterWriter.Write);

    /// <summary>The letter as a Word document (.docx bytes), dated <paramref name="today"/>.</summary>
    public LetterResult<byte[]> RenderDocx(
        string letterId, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today) =>
        Compose(letterId, fields, facts, today).Map(DocxLetterWriter.Write);

    /// <summary>
    /// A calendar file for the deadline this letter starts, counted from <paramref name="sentOn"/> with the
    /// template's own rule (e.g. "school's answer due", 15 days after sending).
    /// </summary>
    public LetterResult<string> RenderIcs(
        string letterId, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly sentOn)
    {
        var deadline = Catalogue.Get(letterId).Template.Deadline;
        return RenderIcs(letterId, fields, facts, deadline.DueAfter(sentOn), deadline.Title);
    }

    /// <summary>
    /// A calendar file for a deadline the caller computed (e.g. "evaluation due" from the state's timeline):
    /// an all-day event on <paramref name="deadline"/> titled <paramref name="deadlineTitle"/>, with a reminder.
    /// </summary>
    public LetterResult<string> RenderIcs(
        string letterId,
        IReadOnlyDictionary<string, string?> fields,
        CaseFacts facts,
        DateOnly deadline,
        string deadlineTitle)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deadlineTitle);
        var letter = Catalogue.Get(letterId);
        var cleaned = FieldText.CleanAll(fields);
        var missing = letter.Template.RequiredFields.Where(f => !cleaned.ContainsKey(f.Name)).ToList();
        if (missing.Count > 0)
        {
            return LetterResult<string>.Missing(missing);
        }

        var context = LetterModel.Create(Catalogue.Frame, letter, cleaned, facts, facts.Today ?? deadline);
        context.SetValue("deadlineDate", new Fluid.Values.StringValue(FactValues.FormatDate(deadline)));
        var description = LetterComposer.RenderFragment(letter.DeadlineDescription, context);
        var ics = IcsDeadlineWriter.Write(new IcsDeadline(
            letterId, deadline, FieldText.Clean(deadlineTitle) ?? letter.Template.Deadline.Title, description,
            letter.Template.Deadline.ReminderDaysBefore));
        return LetterResult<string>.Rendered(ics);
    }
}

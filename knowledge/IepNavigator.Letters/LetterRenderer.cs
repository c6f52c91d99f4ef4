using System.Text;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Content;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Letters.Rendering;
using IepNavigator.Letters.Templates;

namespace IepNavigator.Letters;

/// <summary>
/// Fills a letter template with the parent's fields and the case's facts and writes it as text, .docx or
/// .ics. Thread-safe (templates are compiled once by the catalog). Unknown letter ids throw
/// <see cref="KeyNotFoundException"/>; check <see cref="LetterTemplateCatalog.Contains"/> first.
/// Field values are data: nothing in them is ever read as template code, and they appear as typed in every language.
/// Every method takes an optional <c>language</c> ("en", "es"; null = <see cref="ContentLanguage.Current"/>):
/// the template, dates and concern names are that language's. <see cref="LetterLanguages.SpanishWithEnglish"/>
/// ("es-en", both side by side) is a .docx only: <see cref="RenderSideBySide"/> or <see cref="Render"/> with
/// <see cref="LetterFormat.Docx"/>.
/// </summary>
public sealed class LetterRenderer(LetterTemplateCatalog catalog)
{
    public LetterTemplateCatalog Catalog { get; } = catalog;

    /// <summary>The required fields that are absent or blank, in the order the chat should ask for them.</summary>
    public IReadOnlyList<LetterField> FindMissingFields(
        string letterId, IReadOnlyDictionary<string, string?> fields, string? language = null)
    {
        var cleaned = FieldText.CleanAll(fields);
        return Catalog.Get(letterId, language).Template.RequiredFields.Where(f => !cleaned.ContainsKey(f.Name)).ToList();
    }

    /// <summary>The filled-in letter as paragraphs (for a preview, or any other format).</summary>
    public LetterResult<LetterDocument> Compose(
        string letterId, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today, string? language = null)
    {
        var code = LetterLanguages.Single(language);
        var letter = Catalog.Get(letterId, code);
        var cleaned = FieldText.CleanAll(fields);
        var missing = letter.Template.RequiredFields.Where(f => !cleaned.ContainsKey(f.Name)).ToList();
        return missing.Count > 0
            ? LetterResult<LetterDocument>.Missing(missing)
            : LetterResult<LetterDocument>.Rendered(LetterComposer.Compose(Catalog.Frame(code), letter, FieldText.WriteDates(cleaned, code), facts, today));
    }

    /// <summary>
    /// The letter as a file in <paramref name="format"/>; for .ics, <paramref name="today"/> is taken as the day
    /// the letter is sent and the template's own deadline is counted from it. <paramref name="language"/> may be
    /// "es-en" for a .docx (both letters side by side); any other format throws <see cref="ArgumentException"/> for it.
    /// </summary>
    public LetterResult<LetterFile> Render(
        string letterId,
        LetterFormat format,
        IReadOnlyDictionary<string, string?> fields,
        CaseFacts facts,
        DateOnly today,
        string? language = null)
    {
        if (LetterLanguages.IsSideBySide(language) && format == LetterFormat.Docx)
        {
            return RenderSideBySide(letterId, fields, facts, today, LetterLanguages.ParentLanguageOf(language!))
                .Map(bytes => new LetterFile(
                    LetterFile.FileNameOf(letterId, today, format, language!), LetterFile.ContentTypeOf(format), bytes));
        }

        var code = LetterLanguages.Single(language);
        LetterResult<byte[]> content = format switch
        {
            LetterFormat.Txt => RenderText(letterId, fields, facts, today, code).Map(Encoding.UTF8.GetBytes),
            LetterFormat.Docx => RenderDocx(letterId, fields, facts, today, code),
            LetterFormat.Ics => RenderIcs(letterId, fields, facts, today, code).Map(Encoding.UTF8.GetBytes),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown letter format"),
        };
        return content.Map(bytes => new LetterFile(
            LetterFile.FileNameOf(letterId, today, format, code), LetterFile.ContentTypeOf(format), bytes));
    }

    /// <summary>The letter as plain text (UTF-8 when saved), dated <paramref name="today"/>.</summary>
    public LetterResult<string> RenderText(
        string letterId, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today, string? language = null) =>
        Compose(letterId, fields, facts, today, language).Map(TextLetterWriter.Write);

    /// <summary>The letter as a Word document (.docx bytes), dated <paramref name="today"/>.</summary>
    public LetterResult<byte[]> RenderDocx(
        string letterId, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today, string? language = null) =>
        Compose(letterId, fields, facts, today, language).Map(DocxLetterWriter.Write);

    /// <summary>
    /// One .docx with the English letter (to send) and the same letter in <paramref name="parentLanguage"/> (the
    /// parent's copy) side by side, paragraph by paragraph, then the advice on sending in the parent's language.
    /// The fields are the same in both: what the parent typed appears as typed in each.
    /// </summary>
    public LetterResult<byte[]> RenderSideBySide(
        string letterId, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly today,
        string parentLanguage = ContentLanguage.Spanish)
    {
        var copyLanguage = LetterLanguages.Single(parentLanguage);
        if (copyLanguage == ContentLanguage.English)
        {
            throw new ArgumentException("The parent's copy beside the English letter must be in another language.", nameof(parentLanguage));
        }

        var english = Compose(letterId, fields, facts, today, ContentLanguage.English);
        if (!english.IsRendered)
        {
            return LetterResult<byte[]>.Missing(english.MissingFields);
        }

        return Compose(letterId, fields, facts, today, copyLanguage).Map(copy => SideBySideDocxWriter.Write(
            english.Value, Catalog.Frame(ContentLanguage.English).SideBySideHeading, copy, Catalog.Frame(copyLanguage).SideBySideHeading));
    }

    /// <summary>
    /// A calendar file for the deadline this letter starts, counted from <paramref name="sentOn"/> by the one answer-date
    /// rule (<see cref="LetterDeadline.DueAfter"/>: the state's own time to answer where it has one, else the template's
    /// days, e.g. "school's answer due", 15 days after sending), titled in <paramref name="language"/>.
    /// To pass a title of your own, use the other overload and name the argument (<c>deadlineTitle:</c>); a title
    /// given here as the language throws <see cref="ArgumentException"/>.
    /// </summary>
    public LetterResult<string> RenderIcs(
        string letterId, IReadOnlyDictionary<string, string?> fields, CaseFacts facts, DateOnly sentOn, string? language = null)
    {
        var code = LetterLanguages.Single(language);
        var deadline = Catalog.Get(letterId, code).Template.Deadline;
        return RenderIcs(letterId, fields, facts, deadline.DueAfter(sentOn, facts), deadlineTitle: deadline.Title, language: code);
    }

    /// <summary>
    /// A calendar file for a deadline the caller computed (e.g. "evaluation due" from the state's timeline):
    /// an all-day event on <paramref name="deadline"/> titled <paramref name="deadlineTitle"/>, with a reminder;
    /// its description is the template's, in <paramref name="language"/>.
    /// </summary>
    public LetterResult<string> RenderIcs(
        string letterId,
        IReadOnlyDictionary<string, string?> fields,
        CaseFacts facts,
        DateOnly deadline,
        string deadlineTitle,
        string? language = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deadlineTitle);
        var code = LetterLanguages.Single(language);
        var letter = Catalog.Get(letterId, code);
        var cleaned = FieldText.CleanAll(fields);
        var missing = letter.Template.RequiredFields.Where(f => !cleaned.ContainsKey(f.Name)).ToList();
        if (missing.Count > 0)
        {
            return LetterResult<string>.Missing(missing);
        }

        var context = LetterModel.Create(Catalog.Frame(code), letter, cleaned, facts, facts.Today ?? deadline);
        context.SetValue("deadlineDate", new Fluid.Values.StringValue(FactValues.FormatDate(deadline, code)));
        var description = LetterComposer.RenderFragment(letter.DeadlineDescription, context);
        var ics = IcsDeadlineWriter.Write(new IcsDeadline(
            letterId, deadline, FieldText.Clean(deadlineTitle) ?? letter.Template.Deadline.Title, description,
            letter.Template.Deadline.ReminderDaysBefore));
        return LetterResult<string>.Rendered(ics);
    }

    /// <summary>Days before a dated step that the calendar reminds the parent (a step has no template to say).</summary>
    public const int StepReminderDaysBefore = 2;

    /// <summary>
    /// A calendar file for a dated step of the advice (the resolution meeting, the hearing decision, a filing window):
    /// an all-day event on <see cref="NextStep.DueBy"/> titled with the step, described by its reason and its rule,
    /// with a reminder <see cref="StepReminderDaysBefore"/> days ahead. Null when the step has no date. The step's
    /// sentences are already in the parent's language; no letter fields are needed.
    /// </summary>
    public static string? RenderStepIcs(NextStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.DueBy is not { } due)
        {
            return null;
        }

        var description = step.DeadlineRule is { } rule ? step.Why + "\n" + rule : step.Why;
        return IcsDeadlineWriter.Write(new IcsDeadline(
            "step:" + step.Id, due, FieldText.Clean(step.Title) ?? step.Id, FieldText.Clean(description) ?? "",
            StepReminderDaysBefore));
    }
}

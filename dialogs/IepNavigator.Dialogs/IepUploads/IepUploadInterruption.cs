using System.Globalization;
using System.Text;
using IepNavigator.IepReading;
using IepNavigator.IepReading.Explaining;
using IepNavigator.IepReading.Facts;
using IepNavigator.IepReading.Model;

namespace IepNavigator.Dialogs.IepUploads;

/// <summary>
/// A message carrying a file, wherever the chat is: the IEP is read in memory (<see cref="IepReader"/>, with the
/// clock's today), explained in the turn's language (overview, then one short message per section), its facts laid over
/// the case (a newer statement wins, as with <c>StatedFactsInterruption</c>) and the plan re-run saying which steps are
/// new; then <see cref="IepConfirmDialog"/> asks what the reading was unsure of and offers the goals to the goal
/// tracker. A file that cannot be read gets the library's plain sentence and the open question is asked again.
/// Only facts and goal texts are kept; the bytes are dropped when the turn ends (the source removes its copy).
/// </summary>
public sealed class IepUploadInterruption(
    IAttachmentSource files, IepReader reader, IepExplainer explainer, CaseStore cases, CaseAdvisor advisor,
    FactAnswers answers, IepUploadChatContent content) : IAttachmentInterruption
{
    private const int Megabyte = 1024 * 1024;

    public InterruptionOrder Order => InterruptionOrder.IepUpload;

    public async Task<InterruptionOutcome> TryHandleAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity is not { Type: ActivityTypes.Message } activity || ChatFiles.First(activity) is not { } file)
        {
            return InterruptionOutcome.NotHandled;
        }
        var context = dc.Context;
        var options = reader.Options;
        var fetched = await files.FetchAsync(file, options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        if (fetched.Status == AttachmentFetchStatus.Unavailable)
        {
            await context.SendActivityAsync(content["unavailable"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return InterruptionOutcome.Resume;
        }
        var reading = fetched.Status == AttachmentFetchStatus.TooLarge
            ? IepExtraction.Refused(RefusalReason.TooLarge)
            : await reader.ReadAsync(fetched.Bytes, advisor.Today, cancellationToken).ConfigureAwait(false);
        var language = ContentLanguage.Current;
        var explanation = explainer.Explain(reading, language, options.MaxFileBytes / Megabyte, options.MaxPages);

        await SendAsync(context, string.Join("\n\n", [explanation.Overview, .. explanation.Notices]), cancellationToken).ConfigureAwait(false);
        if (reading.Outcome != ReadOutcome.Read)
        {
            // A scan or a refused file: that sentence is the whole answer; the conversation goes on where it was.
            return InterruptionOutcome.Resume;
        }
        // Readable on a phone: every section's summary in one message, then only the sections with a list or a question.
        var glance = explanation.Sections.Select(s => $"**{s.Title}**: {s.Summary}").Append(explanation.Disclaimer + " " + content["fileNotRead"]);
        await SendAsync(context, string.Join("\n\n", glance), cancellationToken).ConfigureAwait(false);
        foreach (var section in explanation.Sections.Where(s => s.Questions.Count > 0 || Listed(s).Any()))
        {
            await SendAsync(context, Section(section), cancellationToken).ConfigureAwait(false);
        }

        await LayOverCaseAsync(context, reading, cancellationToken).ConfigureAwait(false);

        var confirm = IepConfirmItems.From(reading, explanation);
        var goals = reading.Goals.Select(g => g.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        if (confirm.Count == 0 && goals.Count == 0)
        {
            return InterruptionOutcome.Resume;
        }
        // On top of whatever runs: when it ends, the dialog below takes over (the advice re-advises, a prompt asks again).
        await dc.BeginDialogAsync(IepConfirmDialog.DialogId, new IepConfirmOptions { Intro = explanation.ConfirmIntro, Items = [.. confirm], Goals = goals }, cancellationToken).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }

    /// <summary>The facts the IEP implies with enough confidence, laid over the case; says what was noted and what the plan gained.</summary>
    private async Task LayOverCaseAsync(ITurnContext context, IepExtraction reading, CancellationToken cancellationToken)
    {
        var book = await cases.GetBookAsync(context, cancellationToken).ConfigureAwait(false);
        var record = book.Active();
        var stepsBefore = record.LastStepIds.Count > 0 ? record.LastStepIds.ToHashSet(StringComparer.Ordinal)
            : record.Stage is null ? [] : advisor.Advise(record).Steps.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var facts = IepFacts.ToCaseFacts(reading.Facts);
        if (record.Stage is null)
        {
            // A parent holding an IEP has one in place (a stage stated earlier, such as a disagreement, is kept).
            facts = CaseFactFields.Get(FactNames.Stage).Write(facts, Stage.IepInPlace);
        }
        var changes = record.Apply(new CaseStatement { Facts = facts });
        if (changes.Count == 0)
        {
            return;
        }
        record.UpdatedAt = advisor.Now;
        // The stage is implied by holding an IEP, not read from it: not announced as something the IEP says.
        var lines = answers.Describe(record).Where(l => changes.Contains(l.Fact) && l.Fact != FactNames.Stage).Select(l => $"{l.Label}: {l.Value}").ToList();
        if (lines.Count > 0)
        {
            await SendAsync(context, content.Format("noted", string.Join("; ", lines)), cancellationToken).ConfigureAwait(false);
        }
        var added = advisor.Advise(record).Steps.Where(s => !stepsBefore.Contains(s.Id)).Select(s => s.Title).ToList();
        if (added.Count > 0)
        {
            // With no plan before (the IEP was the first thing sent), these are the first steps, not a change.
            var key = stepsBefore.Count > 0 ? "planChanged" : "planFirst";
            await SendAsync(context, content.Format(key, string.Join("; ", added)), cancellationToken).ConfigureAwait(false);
        }
        else if (stepsBefore.Count > 0)
        {
            await SendAsync(context, content["planSame"], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The section's items that its summary does not already say (the dates' summary lists them all).</summary>
    private static IEnumerable<string> Listed(SectionExplanation section) =>
        section.Items.Where(i => !section.Summary.Contains(i, StringComparison.Ordinal));

    /// <summary>A section as one short message: its title, its items, and what to ask the team.</summary>
    private string Section(SectionExplanation section)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**{section.Title}**");
        foreach (var item in Listed(section))
        {
            text.Append("\n- ").Append(item);
        }
        if (section.Questions.Count > 0)
        {
            text.Append("\n\n").Append(content["askTeam"]);
            foreach (var question in section.Questions)
            {
                text.Append("\n- ").Append(question.Ask);
            }
        }
        return text.ToString();
    }

    private static Task SendAsync(ITurnContext context, string text, CancellationToken cancellationToken)
    {
        var reply = MessageFactory.Text(text);
        reply.TextFormat = TextFormatTypes.Markdown;
        return context.SendActivityAsync(reply, cancellationToken);
    }
}

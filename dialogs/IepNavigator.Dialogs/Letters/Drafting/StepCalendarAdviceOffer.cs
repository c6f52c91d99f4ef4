using System.Globalization;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Letters.Drafting;

/// <summary>
/// Every dated step shown in an advice message comes with its calendar reminder (.ics) as a download, served like a
/// letter's: a short-lived signed link the host renders from the case's facts, so the date in the file is the advice's.
/// The file name carries the step id and the date only, never the child's name.
/// </summary>
public sealed class StepCalendarAdviceOffer(CaseAdvisor advisor, ILetterLinkIssuer links, LetterLedgerContent content) : Goals.IAdviceOffer
{
    public Conversation.AdviceOfferOrder Order => Conversation.AdviceOfferOrder.StepCalendar;

    public void AddTo(IMessageActivity advice, CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(record);
        var shown = ((advice.ChannelData as JObject)?["iepNavigator"]?["stepIds"] as JArray)?.Values<string>().OfType<string>().ToList();
        if (shown is not { Count: > 0 })
        {
            return;
        }
        var today = advisor.Today;
        var language = ContentLanguage.Current;
        var dated = advisor.Advise(record).Steps.Where(s => s.DueBy is not null && shown.Contains(s.Id)).ToList();
        foreach (var step in dated)
        {
            if (links.IssueStepCalendarUrl(step.Id, record.Facts with { Today = today }, today, language) is not { } url)
            {
                return;
            }
            var due = step.DueBy!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            advice.Attachments ??= [];
            advice.Attachments.Add(new Attachment
            {
                ContentType = "text/calendar",
                ContentUrl = url,
                Name = $"{step.Id}-{due}.ics",
                Properties = new JObject { ["label"] = content.Format("attachment.stepIcs", step.Title, Understanding.DateText.Long(step.DueBy.Value)) },
            });
        }
    }
}

using IepNavigator.Knowledge.Letters;
using IepNavigator.Triage.Packets;

namespace IepNavigator.Dialogs.Triage;

/// <summary>
/// Turns the active case and the hand-off draft into the <see cref="TriageRequest"/> the back end reads: the facts in
/// the contract's shape, what the case already knows about the child and the parent (from the letters they drafted,
/// never asked again), the paper trail with its answer dates and the school's answers, and the draft's answers.
/// </summary>
public sealed class HandOffRequests(CaseAdvisor advisor, ILetterCatalog letters, Content.MessageCatalog messages)
{
    private static readonly string[] GenericLabels = ["children.firstUnnamed", "children.anotherUnnamed", "children.unnamed"];

    /// <summary>The key a parent's requests are stored under: channel and user id, as the bot's user state is.</summary>
    public static string OwnerOf(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{activity.ChannelId}/{activity.From?.Id}";
    }

    public TriageRequest Build(ITurnContext turnContext, CaseBook book, CaseRecord record, TriageDraft draft)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(draft);
        var shareWords = draft.WordsConsent == true && !string.IsNullOrWhiteSpace(draft.Words);
        var fields = book.LetterFieldsFor(record);
        return new TriageRequest
        {
            OwnerUserId = OwnerOf(turnContext),
            CaseId = record.Id,
            Facts = record.Facts with { Today = advisor.Today },
            Language = ContentLanguage.Current,
            ConsentToShare = draft.Consent,
            ConsentToShareOwnWords = shareWords,
            // Words never leave the chat without the parent's yes to sharing them.
            ParentWords = shareWords ? draft.Words : null,
            Contact = new ContactPreference
            {
                Method = ChannelOf(draft.ContactMethod),
                Address = draft.ContactAddress ?? "",
                Name = fields.ParentName ?? draft.ParentName,
                PreferredLanguage = draft.PreferredLanguage,
            },
            Availability = draft.Availability,
            Child = new ChildSummary
            {
                Name = ChildName(record) ?? draft.ChildName,
                DateOfBirth = fields.ChildDateOfBirth,
                Grade = fields.Grade,
                School = fields.School,
                District = fields.District,
            },
            Ledger = [.. record.Ledger.Select(e => new LedgerEntry
            {
                LetterId = e.LetterId,
                Title = letters.Find(e.LetterId)?.Title,
                StepId = e.StepId,
                DraftedOn = e.DraftedOn,
                SentOn = e.SentOn,
                SentHow = e.SentHow,
                AnswerDueOn = e.DueOn,
                AnsweredOn = e.AnsweredOn,
                SchoolAnswer = e.Answer,
            })],
            DueProcessFiledOn = record.Facts.DueProcessFiledOn ?? draft.DueProcessFiledOn,
            CanPayForAdvocate = draft.CanPay switch { "yes" => true, "no" => false, _ => null },
        };
    }

    /// <summary>
    /// The child's name the case already holds: the one typed for a letter, else the name the parent gave when adding
    /// the child ("Maya"), never the chat's own "your first child".
    /// </summary>
    public string? ChildName(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.LetterFields.ChildName is { } typed)
        {
            return typed;
        }
        var label = record.Label;
        return label is null || ContentLanguage.Supported.Any(language => GenericLabels.Any(key => messages.In(language, key) == label)) ? null : label;
    }

    public static ContactMethod ChannelOf(string? method) => method switch
    {
        "phone" => ContactMethod.Phone,
        "text" => ContactMethod.Text,
        _ => ContactMethod.Email,
    };
}

using IepNavigator.Dialogs.Flows;
using IepNavigator.Dialogs.State;
using IepNavigator.Dialogs.Teams;
using IepNavigator.Dialogs.Understanding;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Extensions.Logging;

namespace IepNavigator.Dialogs;

/// <summary>
/// The bot: welcomes a parent when the chat opens (conversationUpdate, or Web Chat's webchat/join
/// event) and hands every message to the <see cref="DialogRunner"/>. On Teams, <see cref="TeamsTurnRouter"/>
/// keeps channels general and moves a child's details to a 1:1 chat. Other activity types are ignored.
/// </summary>
public sealed class NavigatorBot(
    DialogRunner runner, CaseStore cases, MessageCatalog messages, TimeProvider clock,
    ExplainerCatalog explainers, StageRecognizer stages, TurnStateStore state, ILogger<PrivateChatOpener> teamsLogger,
    TurnTransaction turns, ReplyChannelData replyData, FirstReplyWelcome firstReply, ChildWords childWords) : TeamsActivityHandler
{
    /// <summary>A parent away this long is greeted with where they left off.</summary>
    public static readonly TimeSpan ReturningAfter = TimeSpan.FromHours(12);

    /// <summary>
    /// How finely the parent's last visit is kept: a turn that changes nothing else in the case (a "why?", a question
    /// asked again) then writes nothing; "welcome back" after <see cref="ReturningAfter"/> is at most this much early.
    /// </summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(5);
    private const string WebChatJoinEvent = "webchat/join";
    private const string DirectLineChannelId = "directline";
    private readonly TeamsTurnRouter _teams = new(explainers, stages, state, messages, teamsLogger);

    /// <summary>
    /// Every turn runs in the parent's language: the one they chose ("español"), else the channel's locale
    /// (Web Chat's locale, Teams' client language), else English. Replies say which language they are in.
    /// </summary>
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // The conversation's and the parent's documents in one read, before anything asks for either (issues 9, 16).
        await state.LoadAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var chosen = turnContext.Activity.From?.Id is null ? null
            : await cases.ReadLanguageAsync(turnContext, cancellationToken).ConfigureAwait(false);
        using var language = TurnLanguage.Begin(turnContext, chosen ?? ContentLanguage.Normalize(ChannelLocale(turnContext.Activity)));
        // Kept for the handler below: one object for the whole turn, a re-run restores its values in place.
        var turn = TurnNotes.Of(turnContext);
        var turnEnded = false;
        // A reply longer than the channel takes goes out as several, cut at sentence ends (issue 23).
        Presentation.ReplySplitter.Attach(turnContext);
        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            // The incoming locale is copied onto replies by default; say the language we actually answer in. Outside
            // the turn's scope (the adapter's apology after a failure) the sender has set the locale itself.
            if (!turnEnded && turn.Language is { } current)
            {
                // A parent who wrote "mi hija" reads "su hija", not "su hijo" (content/child-words.json).
                var gender = turnContext.Activity.From?.Id is null ? null
                    : await cases.ReadChildGenderAsync(turnContext, cancellationToken).ConfigureAwait(false);
                foreach (var activity in activities)
                {
                    activity.Locale = ContentLanguage.Tag(current);
                    if (gender is not null && activity.Type == ActivityTypes.Message && activity.Text is { } text)
                    {
                        activity.Text = childWords.Apply(text, current, gender);
                    }
                    if (gender is not null && activity.Attachments is { Count: > 0 } attachments)
                    {
                        foreach (var card in attachments.Where(a => a.ContentType == Presentation.AdviceCard.ContentType).Select(a => a.Content).OfType<Newtonsoft.Json.Linq.JToken>())
                        {
                            childWords.ApplyToCard(card, current, gender);
                        }
                    }
                }
            }
            return await next().ConfigureAwait(false);
        });
        // One write of the turn's state at its end, replies held until it succeeded, re-run on a lost race (issue 9).
        try
        {
            await turns.RunAsync(turnContext, TurnAsync, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            turnEnded = true;
        }
    }

    /// <summary>The turn itself; a stored document that could not be read is apologised for first, once, in the turn's language.</summary>
    private async Task TurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var afresh = state.StartedAfresh(turnContext);
        if (afresh != FreshStart.None && turnContext.Activity.Type is ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.ConversationUpdate)
        {
            var key = afresh.HasFlag(FreshStart.Case) ? "state.freshStart" : "state.freshConversation";
            await turnContext.SendActivityAsync(messages[key], cancellationToken: cancellationToken).ConfigureAwait(false);
            if (afresh.HasFlag(FreshStart.Case))
            {
                // A question about the case that could not be read would lead nowhere: the conversation begins again too.
                (await state.DialogStackAsync(turnContext, cancellationToken).ConfigureAwait(false)).Frames.Clear();
            }
        }
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The activity's locale; Web Chat's join event also carries it in its value.</summary>
    private static string? ChannelLocale(Activity activity) =>
        !string.IsNullOrWhiteSpace(activity.Locale) ? activity.Locale
        : activity is { Type: ActivityTypes.Event, Name: WebChatJoinEvent, Value: Newtonsoft.Json.Linq.JObject value } ? value.Value<string>("locale")
        : null;

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // Strips the @mention; on Teams answers channel questions in the thread or continues in a 1:1 chat.
        if (await _teams.HandleMessageAsync(turnContext, RunCaseTurnAsync, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        if (turnContext.Activity.Conversation?.IsGroup == true)
        {
            // Case details are private: in a group chat or channel, only point to a 1:1 chat.
            await turnContext.SendActivityAsync(messages["groupChat.private"], cancellationToken: cancellationToken).ConfigureAwait(false);
            return;
        }
        await RunCaseTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The case conversation for one message, in this chat or in the 1:1 chat a Teams channel moved it to.</summary>
    private async Task RunCaseTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        replyData.Attach(turnContext);
        var book = await cases.GetBookAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        TurnNotes.Of(turnContext).Returning = book.LastSeenAt is { } last && now - last > ReturningAfter;
        // Said before the first answer, once the turn's language is settled (Conversation/FirstReplyWelcome).
        await firstReply.ExpectAsync(turnContext, book.Cases.Any(c => c.Stage is not null), cancellationToken).ConfigureAwait(false);
        Seen(book, now);
        await runner.RunAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        // Teams: one welcome when installed in a team; 1:1 chats are welcomed at the member's first message.
        if (await _teams.HandleMembersAddedAsync(membersAdded, turnContext, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        // Direct Line opens a conversation before Web Chat says which language it shows; Web Chat's join event
        // (with its locale) follows at once and welcomes in the right language.
        if (turnContext.Activity.ChannelId == DirectLineChannelId && string.IsNullOrEmpty(((Activity)turnContext.Activity).Locale))
        {
            return;
        }
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            await WelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Name == WebChatJoinEvent
            ? WelcomeAsync(turnContext, cancellationToken)
            : base.OnEventActivityAsync(turnContext, cancellationToken);
    }

    /// <summary>Once per conversation: channels may send both a conversationUpdate and a join event.</summary>
    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Conversation?.IsGroup == true || await runner.IsActiveAsync(turnContext, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        replyData.Attach(turnContext);
        var book = await cases.GetBookAsync(turnContext, cancellationToken).ConfigureAwait(false);
        // A parent with a case is welcomed back by the main flow; the line that this is not legal advice comes first.
        await turnContext.SendActivityAsync(messages[book.Cases.Any(c => c.Stage is not null) ? "welcome.disclaimer" : "welcome"], cancellationToken: cancellationToken).ConfigureAwait(false);
        await firstReply.MarkAsync(turnContext, cancellationToken).ConfigureAwait(false);
        Seen(book, clock.GetUtcNow());
        await runner.StartAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    private static void Seen(CaseBook book, DateTimeOffset now)
    {
        if (book.LastSeenAt is not { } last || now - last >= LastSeenResolution || now < last)
        {
            book.LastSeenAt = now;
        }
    }
}

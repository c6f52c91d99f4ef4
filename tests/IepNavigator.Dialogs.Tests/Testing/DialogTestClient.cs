using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace IepNavigator.Dialogs.Tests.Testing;

/// <summary>Sends messages to a bot callback over a TestAdapter and returns what it replied in that turn.</summary>
public sealed class DialogTestClient
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _bot;

    /// <param name="channelId">The channel the messages come from ("sms", "facebook"...: their text limits apply to the replies).</param>
    public DialogTestClient(BotCallbackHandler bot, string userId = "parent-1", string conversationId = "conversation-1", string locale = "en-US", string channelId = "test")
    {
        _bot = bot;
        var reference = new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://test.invalid",
            User = new ChannelAccount(userId, "parent"),
            Bot = new ChannelAccount("bot", "IEP Navigator"),
            Conversation = new ConversationAccount(false, "personal", conversationId),
            Locale = locale,
        };
        _adapter = new TestAdapter(reference) { Locale = locale };
    }

    /// <summary>Every reply of every turn so far, oldest first.</summary>
    public List<IMessageActivity> Transcript { get; } = [];

    public Task<IReadOnlyList<IMessageActivity>> SendAsync(string? text) => SendAsync(_adapter.MakeActivity(text));

    public async Task<IReadOnlyList<IMessageActivity>> SendAsync(Activity activity)
    {
        await _adapter.ProcessActivityAsync(activity, _bot, CancellationToken.None);
        var replies = new List<IMessageActivity>();
        while (_adapter.GetNextReply() is { } reply)
        {
            if (reply.AsMessageActivity() is { } message)
            {
                replies.Add(message);
            }
        }
        Transcript.AddRange(replies);
        return replies;
    }

    /// <summary>A conversationUpdate adding the user, as channels send when a chat opens.</summary>
    public Task<IReadOnlyList<IMessageActivity>> JoinAsync()
    {
        var activity = _adapter.MakeActivity();
        activity.Type = ActivityTypes.ConversationUpdate;
        activity.Text = null;
        activity.MembersAdded = [activity.From];
        return SendAsync(activity);
    }

    public Activity MakeActivity(string? text = null) => _adapter.MakeActivity(text);
}

public static class ReplyText
{
    /// <summary>All reply texts of a turn joined, for "contains" assertions.</summary>
    public static string Joined(this IEnumerable<IMessageActivity> replies) =>
        string.Join("\n", replies.Select(r => r.Text ?? ""));

    public static IReadOnlyList<string> Buttons(this IMessageActivity reply) =>
        reply.SuggestedActions?.Actions?.Select(a => a.Title).ToList() ?? [];
}

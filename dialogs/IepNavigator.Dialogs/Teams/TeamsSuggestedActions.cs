using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Teams;

/// <summary>
/// Fits outgoing buttons to what Teams renders. Teams shows at most three suggested actions, and only in
/// 1:1 chats: the three most important short ones stay; the rest (and every one in a channel or group
/// chat) become buttons whose click sends the same words back as a message — on the message's own Adaptive Card
/// when it has one (the advice card: each button shown once, under its steps), else on a card of their own.
/// </summary>
public sealed class TeamsSuggestedActions(TeamsContent content)
{
    /// <summary>The most suggested actions Teams displays.</summary>
    public const int TeamsLimit = 3;

    private const string CardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Adaptive Card buttons per row of a card in Teams.</summary>
    private const int ButtonsPerSet = 5;

    /// <summary>Rewrites every message the turn sends on the Teams channel.</summary>
    public void Attach(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var isGroup = turnContext.Activity.Conversation?.IsGroup == true
            || turnContext.Activity.Conversation?.ConversationType is "channel" or "groupChat";
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            foreach (var activity in activities)
            {
                Fit(activity, isGroup);
            }
            return await next().ConfigureAwait(false);
        });
    }

    /// <summary>Keeps up to three short, important suggested actions (none in group conversations) and moves the rest to a card.</summary>
    public void Fit(Activity activity, bool isGroupConversation)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var actions = activity.SuggestedActions?.Actions;
        if (actions is null || actions.Count == 0)
        {
            return;
        }
        var ordered = actions.Select((action, index) => (action, index)).OrderBy(a => Importance(a.action)).ThenBy(a => a.index).Select(a => a.action).ToList();
        var kept = isGroupConversation
            ? []
            : ordered.Where(a => (a.Title ?? "").Length <= content.SuggestedActionMaxTitleLength).Take(TeamsLimit).ToList();
        var moved = actions.Where(a => !kept.Contains(a)).ToList();
        if (moved.Count == 0)
        {
            activity.SuggestedActions!.Actions = kept;
            return;
        }
        activity.SuggestedActions = kept.Count > 0 ? new SuggestedActions(activity.SuggestedActions!.To, kept) : null;
        activity.Attachments ??= [];
        if (activity.Attachments.FirstOrDefault(a => a.ContentType == CardContentType)?.Content is JObject { } card)
        {
            var onCard = card["actions"] as JArray ?? [];
            foreach (var action in moved)
            {
                onCard.Add(SubmitAction(action));
            }
            card["actions"] = onCard;
            return;
        }
        activity.Attachments.Add(ButtonCard(moved));
    }

    /// <summary>Position in the importance list of the content file; unlisted actions keep the dialog's order after the listed ones.</summary>
    private int Importance(CardAction action)
    {
        var title = TextNormalizer.Normalize(action.Title ?? action.Value?.ToString());
        for (var rank = 0; rank < content.SuggestedActionImportance.Count; rank++)
        {
            if (content.SuggestedActionImportance[rank] == title)
            {
                return rank;
            }
        }
        return int.MaxValue;
    }

    private Attachment ButtonCard(IReadOnlyList<CardAction> actions)
    {
        var body = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = content["card.moreChoices"], ["wrap"] = true });
        foreach (var chunk in actions.Chunk(ButtonsPerSet))
        {
            body.Add(new JObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JArray(chunk.Select(SubmitAction)),
            });
        }
        return new Attachment
        {
            ContentType = CardContentType,
            Content = new JObject
            {
                ["type"] = "AdaptiveCard",
                ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                ["version"] = "1.5",
                ["body"] = body,
            },
        };
    }

    /// <summary>Teams' imBack on a card posts the words as the member's message; "text" serves channels that post the data instead.</summary>
    private static JObject SubmitAction(CardAction action)
    {
        var value = action.Value?.ToString() ?? action.Title ?? "";
        if (action.Type == ActionTypes.OpenUrl)
        {
            return new JObject { ["type"] = "Action.OpenUrl", ["title"] = action.Title ?? value, ["url"] = value };
        }
        return new JObject
        {
            ["type"] = "Action.Submit",
            ["title"] = action.Title ?? value,
            ["data"] = new JObject
            {
                ["text"] = value,
                ["msteams"] = new JObject { ["type"] = "imBack", ["value"] = value },
            },
        };
    }
}

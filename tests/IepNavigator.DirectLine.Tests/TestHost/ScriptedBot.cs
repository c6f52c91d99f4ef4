using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace IepNavigator.DirectLine.Tests.TestHost;

/// <summary>A bot whose behaviour is picked by the message text, to exercise each channel path.</summary>
public sealed class ScriptedBot(BotRecorder recorder) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        recorder.Add(activity);
        if (activity.Type == ActivityTypes.Event && activity.Name == "webchat/join")
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("welcome"), cancellationToken);
            return;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        switch (activity.Text)
        {
            case "fail":
                throw new InvalidOperationException("the parent wrote: " + activity.Text);
            case "typing":
                await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
                await turnContext.SendActivityAsync(MessageFactory.Text("typed"), cancellationToken);
                break;
            case "edit":
                var sent = await turnContext.SendActivityAsync(MessageFactory.Text("draft"), cancellationToken);
                var edited = MessageFactory.Text("final");
                edited.Id = sent.Id;
                await turnContext.UpdateActivityAsync(edited, cancellationToken);
                break;
            case "delete":
                var temporary = await turnContext.SendActivityAsync(MessageFactory.Text("temporary"), cancellationToken);
                await turnContext.DeleteActivityAsync(temporary.Id, cancellationToken);
                await turnContext.SendActivityAsync(MessageFactory.Text("deleted"), cancellationToken);
                break;
            case "members":
                var connector = turnContext.TurnState.Get<IConnectorClient>();
                var members = await connector.Conversations.GetConversationMembersAsync(activity.Conversation.Id, cancellationToken);
                await turnContext.SendActivityAsync(MessageFactory.Text(string.Join(",", members.Select(m => m.Id))), cancellationToken);
                break;
            default:
                await turnContext.SendActivityAsync(MessageFactory.Text("echo: " + activity.Text), cancellationToken);
                break;
        }
    }
}

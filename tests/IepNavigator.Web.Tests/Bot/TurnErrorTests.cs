using IepNavigator.Dialogs.Content;
using IepNavigator.Knowledge.Content;
using IepNavigator.Web.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace IepNavigator.Web.Tests.Bot;

/// <summary>A turn that throws is apologised for in the parent's language, taken from the activity's locale.</summary>
public sealed class TurnErrorTests
{
    private static readonly MessageCatalog Messages = new();

    [Theory]
    [InlineData("es-US", "es")]
    [InlineData("en-US", "en")]
    [InlineData(null, "en")]
    [InlineData("fr-FR", "en")]
    public async Task FailedTurn_ApologisesInTheLocalesLanguage(string? locale, string expected)
    {
        var adapter = new NavigatorAdapter(
            new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()), Messages, NullLogger<NavigatorAdapter>.Instance);
        var channel = new TestAdapter();
        var activity = channel.MakeActivity("hola");
        activity.Locale = locale;

        await adapter.OnTurnError(new TurnContext(channel, activity), new InvalidOperationException("the parent's words must not matter"));

        var reply = (IMessageActivity)channel.GetNextReply();
        Assert.Equal(Messages.In(expected, "turn.error"), reply.Text);
        Assert.Equal(ContentLanguage.Tag(expected), reply.Locale);
    }
}

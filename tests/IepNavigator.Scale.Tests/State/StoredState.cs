using IepNavigator.Scale.Tests.Chat;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Scale.Tests.State;

/// <summary>
/// Reads what the hosts stored, through the same storage code and settings they use, and strips what differs
/// between two equal runs (ETags, generated ids, clock times) so two stored states can be compared as strings.
/// </summary>
public sealed class StoredState : IAsyncDisposable
{
    /// <summary>Properties that are fresh in every run by design.</summary>
    private static readonly HashSet<string> Volatile = new(StringComparer.OrdinalIgnoreCase)
    {
        "eTag", "id", "activeCaseId", "lastSeenAt", "updatedAt", "createdAt", "timestamp",
    };

    private readonly ServiceProvider services;
    private readonly IStorage storage;

    public StoredState(IReadOnlyDictionary<string, string> hostSettings)
    {
        ArgumentNullException.ThrowIfNull(hostSettings);
        // Environment-variable names (Storage__Provider) become configuration keys (Storage:Provider).
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(hostSettings.Select(s => new KeyValuePair<string, string?>(s.Key.Replace("__", ":", StringComparison.Ordinal), s.Value)))
            .Build();
        services = new ServiceCollection().AddLogging().AddNavigatorStorage(configuration).BuildServiceProvider();
        storage = services.GetRequiredService<IStorage>();
    }

    /// <summary>The parent's case book (every child's facts, open questions and last advice), normalised.</summary>
    public Task<string> CaseAsync(ParentClient parent) =>
        ReadAsync($"{ParentClient.ChannelId}/users/{parent.UserId}");

    /// <summary>The conversation's dialog stack (which question is pending), normalised.</summary>
    public Task<string> ConversationAsync(ParentClient parent) =>
        ReadAsync($"{ParentClient.ChannelId}/conversations/{parent.ConversationId}");

    private async Task<string> ReadAsync(string key)
    {
        var items = await storage.ReadAsync([key]).ConfigureAwait(false);
        if (!items.TryGetValue(key, out var item))
        {
            return "(missing)";
        }
        var json = JToken.FromObject(item);
        Strip(json);
        return json.ToString(Newtonsoft.Json.Formatting.None);
    }

    private static void Strip(JToken token)
    {
        foreach (var property in token.Children<JProperty>().ToList())
        {
            if (Volatile.Contains(property.Name))
            {
                property.Remove();
            }
        }
        foreach (var child in token.Children())
        {
            Strip(child is JProperty p ? p.Value : child);
        }
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}

using System.Buffers;
using System.Text.Json;
using IepNavigator.Dialogs.Cases;
using IepNavigator.Dialogs.Runtime;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Facts;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// The reply contract (knowledge-contract.md, "channelData"): every message the bot sends in a case conversation
/// carries <c>channelData.iepNavigator = { stepIds, stage, facts, awaiting }</c> as they stand when the turn's state is
/// saved — the steps shown (or the last plan), the stage, the case's known facts by contract name and value, and the
/// fact or letter field the reply asks for. Web Chat customisations, Teams and tests read it. It holds no text the
/// parent typed. The handler is registered during the turn, so the held replies pass through it when they are released.
/// </summary>
public sealed class ReplyChannelData(CaseStore cases, DialogRunner runner)
{
    public const string Property = "iepNavigator";
    private const string AttachedKey = "iepNavigator.replyData";

    /// <summary>Stamps every message this turn sends from now on (once per turn, however often it is called).</summary>
    public void Attach(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.ContainsKey(AttachedKey))
        {
            return;
        }
        turnContext.TurnState[AttachedKey] = true;
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            if (activities.Any(a => a.Type == ActivityTypes.Message))
            {
                var record = await cases.GetActiveAsync(context, CancellationToken.None).ConfigureAwait(false);
                var awaiting = await runner.AwaitingAsync(context, CancellationToken.None).ConfigureAwait(false);
                foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
                {
                    Stamp(activity, record, awaiting);
                }
            }
            return await next().ConfigureAwait(false);
        });
    }

    /// <summary>Adds the contract to <paramref name="activity"/>'s channelData, keeping what is there (a reply's own stepIds).</summary>
    public static void Stamp(Activity activity, CaseRecord record, string? awaiting)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(record);
        var channelData = activity.ChannelData switch
        {
            JObject json => json,
            null => [],
            var other => JObject.FromObject(other),
        };
        var data = channelData[Property] as JObject ?? [];
        if (data["stepIds"] is not JArray)
        {
            data["stepIds"] = new JArray(record.LastStepIds);
        }
        data["stage"] = record.Stage is { } stage ? KnowledgeJson.EnumName(stage) : null;
        data["facts"] = Facts(record.Facts);
        data["awaiting"] = awaiting;
        channelData[Property] = data;
        activity.ChannelData = channelData;
    }

    /// <summary>The known facts as the contract writes them (names, dates yyyy-MM-dd, enums kebab-case).</summary>
    public static JObject Facts(CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var field in CaseFactFields.All)
            {
                if (field.IsKnown(facts) && field.Read(facts) is { } value)
                {
                    writer.WritePropertyName(field.Name);
                    FactJson.Write(writer, field, value);
                }
            }
            writer.WriteEndObject();
        }
        return JObject.Parse(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}

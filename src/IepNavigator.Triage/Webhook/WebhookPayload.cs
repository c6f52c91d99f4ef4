using System.Text.Json;
using System.Text.Json.Nodes;
using IepNavigator.Triage.Packets;

namespace IepNavigator.Triage.Webhook;

/// <summary>
/// A message for the booking system. The delivery id is fixed when the message is written to the outbox and
/// sent unchanged on every attempt, so a receiver that remembers ids processes each message once.
/// </summary>
public sealed record WebhookPayload(string DeliveryId, Guid PacketId, string Event, string Json)
{
    public const string CreatedEvent = "packet.created";
    public const string WithdrawnEvent = "packet.withdrawn";

    public static WebhookPayload PacketCreated(TriagePacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        var deliveryId = NewDeliveryId();
        var body = new JsonObject
        {
            ["event"] = CreatedEvent,
            ["deliveryId"] = deliveryId,
            // The documented booking shape, never the stored record (README, "Webhook contract").
            ["packet"] = JsonSerializer.SerializeToNode(BookingPacket.From(packet), TriageJson.Options),
        };
        return new WebhookPayload(deliveryId, packet.Id, CreatedEvent, body.ToJsonString());
    }

    /// <summary>Ids only: the receiver should delete its copy of the packet.</summary>
    public static WebhookPayload PacketWithdrawn(Guid packetId)
    {
        var deliveryId = NewDeliveryId();
        var body = new JsonObject
        {
            ["event"] = WithdrawnEvent,
            ["deliveryId"] = deliveryId,
            ["packetId"] = packetId.ToString("D"),
        };
        return new WebhookPayload(deliveryId, packetId, WithdrawnEvent, body.ToJsonString());
    }

    private static string NewDeliveryId() => "dlv_" + Guid.CreateVersion7().ToString("N");
}

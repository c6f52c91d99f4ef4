using System.Text.Json.Nodes;

namespace IepNavigator.Dialogs.Runtime;

/// <summary>One entry of the dialog stack: which dialog is running and its own state (JSON, stored with the conversation).</summary>
public sealed class DialogFrame
{
    public string Id { get; set; } = "";

    /// <summary>Plain JSON values the dialog keeps between turns; typed values go in through State/StateJson.</summary>
    public JsonObject State { get; set; } = [];
}

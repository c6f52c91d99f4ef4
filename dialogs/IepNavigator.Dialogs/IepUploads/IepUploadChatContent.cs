namespace IepNavigator.Dialogs.IepUploads;

/// <summary>What the chat says around an IEP file (content/iep-upload-chat.json and its es/ twin).</summary>
public sealed class IepUploadChatContent()
    : ChatContent<IepUploadChatDocument>(File, d => d.Messages)
{
    private const string File = "iep-upload-chat.json";
}

public sealed class IepUploadChatDocument
{
    public Dictionary<string, string> Messages { get; set; } = [];
}

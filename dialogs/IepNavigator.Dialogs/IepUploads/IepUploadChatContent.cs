using System.Globalization;
using IepNavigator.Dialogs.Content;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Dialogs.IepUploads;

/// <summary>What the chat says around an IEP file (content/iep-upload-chat.json and its es/ twin).</summary>
public sealed class IepUploadChatContent
{
    private const string File = "iep-upload-chat.json";
    private readonly Localized<IepUploadChatDocument> _documents = DialogContent.Files.ReadLocalized<IepUploadChatDocument>(File);

    /// <summary>The message in the turn's language.</summary>
    public string this[string key] => _documents.Message(d => d.Messages, key, File);

    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, this[key], args);
}

public sealed class IepUploadChatDocument
{
    public Dictionary<string, string> Messages { get; set; } = [];
}

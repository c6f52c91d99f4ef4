namespace IepNavigator.Knowledge.Letters;

/// <summary>The letter ids the steps may offer; the letters project renders one template per id.</summary>
public interface ILetterCatalog
{
    /// <summary>Every letter, in catalog order.</summary>
    IReadOnlyList<LetterEntry> Letters { get; }

    /// <summary>The letter with this id, or null.</summary>
    LetterEntry? Find(string id);
}

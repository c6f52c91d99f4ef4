using Fluid;

namespace IepNavigator.Letters.Templates;

/// <summary>A letter template parsed and compiled once: its public description plus its Liquid parts.</summary>
internal sealed record CompiledLetter(
    LetterTemplate Template,
    IFluidTemplate Subject,
    IReadOnlyList<TemplateBlock> Body,
    IReadOnlyList<IFluidTemplate> SendingTips,
    IFluidTemplate DeadlineDescription);

/// <summary>
/// The shared frame every letter sits in: date, addresses, greeting, signature, sending advice; one per language
/// ("en", "es"), which is the language every letter compiled with it is written in.
/// </summary>
internal sealed record CompiledFrame(
    string Language,
    IReadOnlyList<LetterField> Fields,
    IReadOnlyDictionary<string, string> ConcernLabels,
    string SideBySideHeading,
    IReadOnlyList<TemplateBlock> Blocks);

using Fluid;

namespace IepNavigator.Letters.Templates;

/// <summary>How a block of template source becomes part of the document.</summary>
internal enum BlockKind
{
    /// <summary><c># text</c>: the letter's heading.</summary>
    Heading,
    /// <summary><c>## text</c>: a section heading (the sending advice).</summary>
    Section,
    /// <summary>Plain lines: one paragraph, each line a line break (addresses, prose).</summary>
    Paragraph,
    /// <summary>Every line starts with <c>- </c> (or is a Liquid tag): each rendered line is a list item.</summary>
    List,
    /// <summary><c>@letter</c> in the frame: the letter's own blocks go here.</summary>
    LetterSlot,
    /// <summary><c>@tips</c> in the frame: the letter's own sending tips go here.</summary>
    TipsSlot,
}

/// <summary>One blank-line-separated block of a template, compiled once.</summary>
internal sealed record TemplateBlock(BlockKind Kind, IFluidTemplate? Template);

using AngleSharp.Dom;
using Ganss.Xss;

namespace Portal.Infrastructure.Markdown;

/// <summary>
/// The one HTML sanitiser for doc content: raw HTML in Markdown is never trusted. No scripts, styles sheets,
/// frames, forms or event handlers; only http, https and mailto links (relative URLs stay); ids and classes
/// survive so heading anchors, admonitions and highlighted code keep working. Thread-safe once built.
/// </summary>
public static class DocHtmlSanitizer
{
    // Removed with everything inside them: their content is code or chrome, never reading matter.
    private static readonly HashSet<string> DropWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template",
        "textarea", "select", "title", "svg", "math", "head", "link", "meta", "base",
    };

    private static readonly string[] DisallowedTags =
    [
        "form", "button", "textarea", "select", "option", "optgroup", "keygen", "datalist", "fieldset", "legend",
        "label", "output", "menu", "menuitem", "html", "head", "body", "meter", "progress", "map", "area",
    ];

    private static readonly string[] DisallowedAttributes =
    [
        "action", "method", "enctype", "accept-charset", "formaction", "contenteditable", "accesskey", "tabindex",
        "draggable", "dropzone", "autocomplete", "autosave", "novalidate", "required", "pattern", "placeholder",
    ];

    // Elements that are HTML but neither allowed nor dropped with content: removed, their text kept.
    private static readonly string[] OtherHtmlTags =
    [
        "audio", "video", "source", "track", "picture", "canvas", "dialog", "slot", "portal", "search", "marquee",
        "blink", "nobr", "xmp", "plaintext", "listing", "param", "hgroup", "bgsound", "image", "isindex", "spacer",
    ];

    /// <summary>
    /// Every tag name the sanitiser knows as HTML. Raw HTML in a page with any other tag name (an XML sample
    /// pasted into a <c>&lt;details&gt;</c> block) is shown as text instead: what the author meant, and far
    /// cheaper than unwrapping hundreds of unknown elements.
    /// </summary>
    public static IReadOnlySet<string> HtmlTagNames { get; } = new HashSet<string>(
        new HtmlSanitizer().AllowedTags.Concat(DisallowedTags).Concat(DropWithContent).Concat(OtherHtmlTags),
        StringComparer.OrdinalIgnoreCase);

    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer { KeepChildNodes = true };
        foreach (var tag in DisallowedTags)
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        foreach (var attribute in DisallowedAttributes)
        {
            sanitizer.AllowedAttributes.Remove(attribute);
        }

        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedSchemes.Add("mailto");

        // Unknown tags (XML samples written as text) keep their text; dangerous containers lose theirs too.
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DropWithContent.Contains(e.Tag.LocalName))
            {
                e.Tag.TextContent = "";
            }
        };

        // Task-list boxes are the only inputs a page has: always inert checkboxes.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "input" } input)
            {
                input.SetAttribute("type", "checkbox");
                input.SetAttribute("disabled", "disabled");
                input.RemoveAttribute("name");
                input.RemoveAttribute("value");
            }
        };

        return sanitizer;
    }
}

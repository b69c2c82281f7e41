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

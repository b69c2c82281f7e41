namespace Portal.Web.Localization;

/// <summary>
/// Marker for the one resource file of UI strings. Keys are the English text, so English needs no
/// file; <c>SharedResource.zh-CN.resx</c> holds Simplified Chinese. A test checks every key used has a translation.
/// </summary>
public sealed class SharedResource;

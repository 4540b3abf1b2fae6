using System.Text;

namespace CareerPlanner.Web.Domain;

/// <summary>A contact as an address book holds it (the fields a vCard carries that a contact has).</summary>
public sealed record VCardContact(string Name, string? Organisation, string? Role, string? Email, string? Phone, string? Url, string? Tags, string? HowWeKnow, string? Notes);

/// <summary>What was read from a vCard file: the cards, and a sentence for each card that could not be read.</summary>
public sealed record VCardFile(IReadOnlyList<VCardContact> Cards, IReadOnlyList<string> Problems);

/// <summary>
/// vCard (RFC 6350, version 4.0 written; 3.0 and 4.0 read, as the common address-book apps export them): folded lines,
/// several cards in one file, escaped commas, semicolons and new lines. Only the properties a contact has are read;
/// the rest of a card is ignored.
/// </summary>
public static class VCards
{
    private const string HowWeKnowPrefix = "How we know each other: ";

    public static string Write(IEnumerable<VCardContact> contacts)
    {
        var text = new StringBuilder();
        foreach (var contact in contacts)
        {
            text.Append("BEGIN:VCARD\r\nVERSION:4.0\r\n");
            Line(text, "FN", Escape(contact.Name));
            var words = contact.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Line(text, "N", words.Length > 1 ? $"{Escape(words[^1])};{Escape(string.Join(' ', words[..^1]))};;;" : $"{Escape(contact.Name)};;;;");
            Optional(text, "ORG", contact.Organisation);
            Optional(text, "TITLE", contact.Role);
            Optional(text, "EMAIL", contact.Email);
            Optional(text, "TEL", contact.Phone);
            Optional(text, "URL", contact.Url);
            if (!string.IsNullOrWhiteSpace(contact.Tags))
            {
                Line(text, "CATEGORIES", string.Join(',', contact.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Escape)));
            }
            var note = string.Join("\n", new[] { string.IsNullOrWhiteSpace(contact.HowWeKnow) ? null : HowWeKnowPrefix + contact.HowWeKnow, contact.Notes }
                .Where(part => !string.IsNullOrWhiteSpace(part)));
            Optional(text, "NOTE", note);
            text.Append("END:VCARD\r\n");
        }
        return text.ToString();
    }

    public static VCardFile Read(string text)
    {
        var cards = new List<VCardContact>();
        var problems = new List<string>();
        Dictionary<string, string>? card = null;
        var number = 0;
        foreach (var line in Unfold(text))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            // "item1.EMAIL;TYPE=work:…": the group and the parameters are not needed here.
            var name = line[..colon].Split(';')[0];
            name = name[(name.LastIndexOf('.') + 1)..].ToUpperInvariant();
            var value = line[(colon + 1)..];
            if (name == "BEGIN" && value.Trim().Equals("VCARD", StringComparison.OrdinalIgnoreCase))
            {
                card = new Dictionary<string, string>(StringComparer.Ordinal);
                number++;
            }
            else if (name == "END" && card is not null)
            {
                if (ToContact(card) is { } contact)
                {
                    cards.Add(contact);
                }
                else
                {
                    problems.Add($"Card {number} has no name (FN or N), so it was not read.");
                }
                card = null;
            }
            else if (card is not null)
            {
                card.TryAdd(name, value); // the first of each (the preferred e-mail address or phone number, as apps write it first)
            }
        }
        return new VCardFile(cards, problems);
    }

    /// <summary>Whether the text starts as a vCard file does (after any byte order mark and blank lines).</summary>
    public static bool LooksLikeVCard(string text) =>
        text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase);

    private static VCardContact? ToContact(Dictionary<string, string> card)
    {
        var name = Value(card, "FN");
        if (name is null && card.TryGetValue("N", out var structured))
        {
            // N is family;given;additional;prefixes;suffixes: read as "prefix given additional family suffix".
            var parts = SplitUnescaped(structured, ';').Select(p => Unescape(p).Trim()).ToArray();
            name = Empty(string.Join(' ', new[] { 3, 1, 2, 0, 4 }.Select(i => parts.ElementAtOrDefault(i)).Where(p => !string.IsNullOrWhiteSpace(p))));
        }
        if (name is null)
        {
            return null;
        }
        var organisation = card.TryGetValue("ORG", out var org) ? Unescape(SplitUnescaped(org, ';')[0]).Trim() : null;
        var tags = card.TryGetValue("CATEGORIES", out var categories)
            ? string.Join(", ", SplitUnescaped(categories, ',').Select(c => Unescape(c).Trim()).Where(c => c.Length > 0))
            : null;
        string? howWeKnow = null;
        var notes = Value(card, "NOTE");
        if (notes?.StartsWith(HowWeKnowPrefix, StringComparison.Ordinal) == true)
        {
            var end = notes.IndexOf('\n', StringComparison.Ordinal);
            howWeKnow = (end < 0 ? notes[HowWeKnowPrefix.Length..] : notes[HowWeKnowPrefix.Length..end]).Trim();
            notes = end < 0 ? null : notes[(end + 1)..].Trim();
        }
        var url = Value(card, "URL");
        return new VCardContact(name, Empty(organisation), Value(card, "TITLE"), Value(card, "EMAIL"), Value(card, "TEL"),
            url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? url : null,
            Empty(tags), Empty(howWeKnow), Empty(notes));
    }

    private static string? Value(Dictionary<string, string> card, string name) =>
        card.TryGetValue(name, out var value) ? Empty(Unescape(value).Trim()) : null;

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>Lines as the file means them: a line that starts with a space or tab continues the one before (folding).</summary>
    private static IEnumerable<string> Unfold(string text)
    {
        var current = new StringBuilder();
        foreach (var raw in text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            if (raw.Length > 0 && (raw[0] == ' ' || raw[0] == '\t'))
            {
                current.Append(raw, 1, raw.Length - 1);
                continue;
            }
            if (current.Length > 0)
            {
                yield return current.ToString();
            }
            current.Clear().Append(raw);
        }
        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static List<string> SplitUnescaped(string value, char separator)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                current.Append(value[i]).Append(value[++i]);
            }
            else if (value[i] == separator)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(value[i]);
            }
        }
        parts.Add(current.ToString());
        return parts;
    }

    private static string Unescape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                var next = value[++i];
                text.Append(next is 'n' or 'N' ? '\n' : next);
            }
            else
            {
                text.Append(value[i]);
            }
        }
        return text.ToString();
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static void Optional(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Line(text, name, Escape(value));
        }
    }

    /// <summary>One property, folded at 75 octets as the standard asks (never inside a UTF-8 sequence).</summary>
    private static void Line(StringBuilder text, string name, string value)
    {
        var line = $"{name}:{value}";
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                text.Append("\r\n ");
                octets = 1;
            }
            text.Append(rune.ToString());
            octets += size;
        }
        text.Append("\r\n");
    }
}

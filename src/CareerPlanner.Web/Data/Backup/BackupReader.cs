using System.Globalization;
using System.Text.Json;

namespace CareerPlanner.Web.Data.Backup;

/// <summary>One item of a backup file, read and checked.</summary>
public sealed class FileRow(BackupCollection collection, string path, FileRow? holder, int? id, object?[] values, int?[] references)
{
    public BackupCollection Collection { get; } = collection;

    /// <summary>Where the item is in the file, e.g. <c>plans[0].goals[3]</c>.</summary>
    public string Path { get; } = path;

    public FileRow? Holder { get; } = holder;
    public int? Id { get; } = id;

    /// <summary>The values as the database columns' types, in the order of <see cref="BackupCollection.Fields"/>.</summary>
    public object?[] Values { get; } = values;

    /// <summary>The file ids this item refers to, in the order of <see cref="BackupCollection.References"/>.</summary>
    public int?[] References { get; } = references;

    public Dictionary<BackupCollection, List<FileRow>> Children { get; } = [];
}

/// <summary>A backup file that was read without a problem: its items, list by list, in the order of the file.</summary>
public sealed class BackupDocument
{
    public required string Contents { get; init; }
    public required Dictionary<BackupCollection, List<FileRow>> Rows { get; init; }
    public required Dictionary<(BackupCollection, int), FileRow> ById { get; init; }

    public IReadOnlyList<FileRow> Of(BackupCollection collection) => Rows.TryGetValue(collection, out var rows) ? rows : [];
}

/// <summary>
/// Reads a backup file and checks every part of it against the format, naming the place of each problem with its path
/// in the file (<c>plans[0].goals[3].target: must be a number</c>). Nothing here touches the database.
/// </summary>
public sealed class BackupReader(BackupContract contract)
{
    /// <summary>A backup larger than this is refused before it is read.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    private const int MaxErrors = 30;
    private static readonly DateOnly EarliestDate = new(1900, 1, 1);
    private static readonly DateOnly LatestDate = new(2100, 12, 31);

    private readonly List<string> errors = [];
    private readonly Dictionary<BackupCollection, List<FileRow>> rows = [];
    private readonly Dictionary<(BackupCollection, int), FileRow> byId = [];

    public static (BackupDocument? Document, IReadOnlyList<string> Errors) Read(BackupContract contract, ReadOnlyMemory<byte> file)
    {
        var reader = new BackupReader(contract);
        var document = reader.ReadDocument(file);
        return reader.errors.Count == 0 && document is not null ? (document, []) : (null, reader.errors);
    }

    private BackupDocument? ReadDocument(ReadOnlyMemory<byte> file)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(file, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            errors.Add("This file is not a CareerPlanner backup: it is not even JSON. Choose the .json file that “Download a backup” gave you.");
            return null;
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) ||
                format.ValueKind != JsonValueKind.String || format.GetString() != BackupContract.Format)
            {
                errors.Add($"format: this is not a CareerPlanner backup (a backup says \"format\": \"{BackupContract.Format}\" at the top).");
                return null;
            }
            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number < 1)
            {
                errors.Add("version: must be a whole number from 1.");
                return null;
            }
            if (number > BackupContract.Version)
            {
                errors.Add($"version: this backup was made by a newer CareerPlanner (format version {number}; this one reads version {BackupContract.Version}). Update CareerPlanner first, then restore it.");
                return null;
            }
            var contents = BackupWriter.Everything;
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is "format" or "version" or "exportedAt")
                {
                    continue;
                }
                if (property.Name == "contents")
                {
                    contents = property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is BackupWriter.OnePlan ? BackupWriter.OnePlan : BackupWriter.Everything;
                    continue;
                }
                if (contract.Roots.FirstOrDefault(c => c.Name == property.Name) is { } collection)
                {
                    ReadList(collection, property.Value, property.Name, holder: null);
                }
                else
                {
                    Error(property.Name, "is not part of the backup format.");
                }
            }
            CheckReferences();
            CheckUniqueKeys();
            return new BackupDocument { Contents = contents, Rows = rows, ById = byId };
        }
    }

    private void Error(string path, string message)
    {
        if (errors.Count < MaxErrors)
        {
            errors.Add($"{path}: {message}");
        }
    }

    private void ReadList(BackupCollection collection, JsonElement list, string path, FileRow? holder)
    {
        if (list.ValueKind == JsonValueKind.Null)
        {
            return;
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            Error(path, "must be a list (between [ and ]).");
            return;
        }
        if (!rows.TryGetValue(collection, out var all))
        {
            rows[collection] = all = [];
        }
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                Error(itemPath, $"must be one {collection.Label} (between {{ and }}).");
                continue;
            }
            var row = ReadItem(collection, item, itemPath, holder);
            all.Add(row);
            if (holder is not null)
            {
                if (!holder.Children.TryGetValue(collection, out var held))
                {
                    holder.Children[collection] = held = [];
                }
                held.Add(row);
            }
        }
    }

    private FileRow ReadItem(BackupCollection collection, JsonElement item, string path, FileRow? holder)
    {
        int? id = null;
        if (collection.Key is not null)
        {
            if (!item.TryGetProperty("id", out var idElement))
            {
                Error(path, "has no id.");
            }
            else if (idElement.ValueKind != JsonValueKind.Number || !idElement.TryGetInt32(out var value) || value < 1)
            {
                Error($"{path}.id", "must be a whole number from 1.");
            }
            else
            {
                id = value;
            }
        }
        var values = new object?[collection.Fields.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var field = collection.Fields[i];
            var present = item.TryGetProperty(field.Name, out var element);
            values[i] = present && element.ValueKind != JsonValueKind.Null ? ReadValue(field, element, $"{path}.{field.Name}") : null;
            if (values[i] is null && field.Required && !(present && element.ValueKind != JsonValueKind.Null))
            {
                Error($"{path}.{field.Name}", present ? "must not be empty." : "is missing.");
            }
        }
        var references = new int?[collection.References.Count];
        for (var i = 0; i < references.Length; i++)
        {
            var reference = collection.References[i];
            var present = item.TryGetProperty(reference.Name, out var element) && element.ValueKind != JsonValueKind.Null;
            if (!present)
            {
                if (reference.Required)
                {
                    Error($"{path}.{reference.Name}", $"must name the id of {Words.A(reference.Target.Label)}.");
                }
                continue;
            }
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var target) || target < 1)
            {
                Error($"{path}.{reference.Name}", $"must be the id of {Words.A(reference.Target.Label)} (a whole number from 1).");
                continue;
            }
            references[i] = target;
        }
        var row = new FileRow(collection, path, holder, id, values, references);
        if (id is { } own && !byId.TryAdd((collection, own), row))
        {
            Error($"{path}.id", $"another {collection.Label} in the file has id {own} ({byId[(collection, own)].Path}).");
        }
        var known = new HashSet<string>(StringComparer.Ordinal) { "id" };
        known.UnionWith(collection.Fields.Select(f => f.Name));
        known.UnionWith(collection.References.Select(r => r.Name));
        foreach (var property in item.EnumerateObject())
        {
            if (collection.Children.FirstOrDefault(c => c.Name == property.Name) is { } child)
            {
                ReadList(child, property.Value, $"{path}.{property.Name}", row);
            }
            else if (!known.Contains(property.Name) || (property.Name == "id" && collection.Key is null))
            {
                Error($"{path}.{property.Name}", "is not part of the backup format.");
            }
        }
        return row;
    }

    private object? ReadValue(BackupField field, JsonElement element, string path)
    {
        var type = Nullable.GetUnderlyingType(field.Property.ClrType) ?? field.Property.ClrType;
        switch (field.Kind)
        {
            case BackupValueKind.Text:
                if (element.ValueKind != JsonValueKind.String)
                {
                    Error(path, "must be text (between quotes).");
                    return null;
                }
                var text = element.GetString()!;
                if (field.MaxLength is { } max && text.Length > max)
                {
                    Error(path, $"must be at most {max} characters (it has {text.Length}).");
                }
                else if (text.Contains('\0', StringComparison.Ordinal))
                {
                    Error(path, "must not hold the character NUL (\\u0000).");
                }
                else if (field.IsWebAddress && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
                {
                    Error(path, "must be a web address starting with http:// or https://.");
                }
                else
                {
                    return text;
                }
                return null;
            case BackupValueKind.Integer:
                if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var whole) || whole is < int.MinValue or > int.MaxValue)
                {
                    Error(path, "must be a whole number.");
                    return null;
                }
                return InRange(field, whole, path) ? Convert.ChangeType(whole, type, CultureInfo.InvariantCulture) : null;
            case BackupValueKind.Number:
                if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    Error(path, "must be a number.");
                    return null;
                }
                return InRange(field, number, path) ? Convert.ChangeType(number, type, CultureInfo.InvariantCulture) : null;
            case BackupValueKind.Boolean:
                if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    Error(path, "must be true or false.");
                    return null;
                }
                return element.GetBoolean();
            case BackupValueKind.Date:
                if (element.ValueKind != JsonValueKind.String ||
                    !DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    Error(path, "must be a date written year first, such as \"2026-03-31\".");
                    return null;
                }
                if (date < EarliestDate || date > LatestDate)
                {
                    Error(path, "must be a date between 1900 and 2100.");
                    return null;
                }
                return date;
            case BackupValueKind.Timestamp:
                if (element.ValueKind != JsonValueKind.String || !DateTime.TryParse(element.GetString(), CultureInfo.InvariantCulture,
                        DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var moment) ||
                    moment.Year is < 1900 or > 2100)
                {
                    Error(path, "must be a moment written as \"2026-03-31T09:30:00Z\" (in UTC, between 1900 and 2100).");
                    return null;
                }
                return moment;
            default:
                if (element.ValueKind != JsonValueKind.String || !field.Choices.Contains(element.GetString()!, StringComparer.Ordinal))
                {
                    Error(path, $"must be one of {string.Join(", ", field.Choices)}.");
                    return null;
                }
                return Enum.Parse(type, element.GetString()!);
        }
    }

    private bool InRange(BackupField field, double value, string path)
    {
        if (field.Range is { } range && (value < range.Min || value > range.Max))
        {
            Error(path, $"must be from {range.Min} to {range.Max}.");
            return false;
        }
        return true;
    }

    private void CheckReferences()
    {
        foreach (var (collection, list) in rows)
        {
            foreach (var row in list)
            {
                for (var i = 0; i < row.References.Length; i++)
                {
                    var reference = collection.References[i];
                    if (row.References[i] is { } id && !byId.ContainsKey((reference.Target, id)))
                    {
                        Error($"{row.Path}.{reference.Name}", $"refers to {reference.Target.Label} {id}, which is not in the file.");
                    }
                }
            }
        }
    }

    private void CheckUniqueKeys()
    {
        foreach (var (collection, list) in rows)
        {
            foreach (var key in collection.UniqueKeys)
            {
                var seen = new Dictionary<string, FileRow>(StringComparer.Ordinal);
                foreach (var row in list)
                {
                    var parts = key.Select(p => p.Of(row.Values, row.References.Cast<object?>().ToList())).ToList();
                    if (parts.Any(p => p is null))
                    {
                        continue;
                    }
                    var text = $"{row.Holder?.Path}|{string.Join('|', parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)))}";
                    if (!seen.TryAdd(text, row))
                    {
                        Error(row.Path, $"repeats {seen[text].Path}: two of the same {collection.Label} cannot be kept apart.");
                    }
                }
            }
        }
    }
}

using System.Globalization;
using System.Text.Json;

namespace CareerPlanner.Web.Data.Backup;

/// <summary>
/// Writes the backup file (docs/backup-format.md): everything a person has, or one plan with the items of theirs it
/// refers to. Items are numbered per list in the order the file lists them, so a restored backup written again is
/// the same file apart from <c>exportedAt</c>.
/// </summary>
public sealed class BackupWriter(AppDbContext db, TimeProvider time)
{
    public const string Everything = "everything";
    public const string OnePlan = "plan";

    private BackupContract Contract => BackupContract.For(db.Model);

    public async Task<byte[]> EverythingAsync(string userId)
    {
        var rows = await StoredRows.LoadAsync(db, Contract, userId);
        return Write(rows, Everything, included: null);
    }

    /// <summary>The plan and what it refers to, or null when the person has no such plan.</summary>
    public async Task<byte[]?> PlanAsync(string userId, int planId)
    {
        var rows = await StoredRows.LoadAsync(db, Contract, userId);
        var plans = Contract[typeof(Plan)];
        if (rows.Of(plans).FirstOrDefault(p => (int)p.Key! == planId) is not { } plan)
        {
            return null;
        }
        var included = new HashSet<StoredRow>();
        var pending = new Stack<StoredRow>();
        void Include(StoredRow row)
        {
            if (included.Add(row))
            {
                pending.Push(row);
            }
        }
        void IncludeTree(StoredRow row)
        {
            Include(row);
            foreach (var child in row.Collection.Children)
            {
                foreach (var held in rows.HeldBy(child, row.Key!))
                {
                    IncludeTree(held);
                }
            }
        }
        IncludeTree(plan);
        var byKey = rows.IndexByKey();
        while (pending.TryPop(out var row))
        {
            for (var i = 0; i < row.References.Length; i++)
            {
                if (row.References[i] is { } target && byKey.TryGetValue((row.Collection.References[i].Target, target), out var referenced))
                {
                    Include(referenced);
                }
            }
            if (row.Collection.Parent is { } parent && byKey.TryGetValue((parent, row.Holder), out var holder))
            {
                Include(holder);
            }
        }
        return Write(rows, OnePlan, included);
    }

    private byte[] Write(StoredRows rows, string contents, HashSet<StoredRow>? included)
    {
        var contract = Contract;
        bool Includes(StoredRow row) => included is null || included.Contains(row);
        IEnumerable<StoredRow> Held(BackupCollection collection, object holder) => rows.HeldBy(collection, holder).Where(Includes);

        // Numbers first, in the order the file lists the items, so that link rows can be sorted by what they link.
        var ids = new Dictionary<(BackupCollection, object), int>();
        var next = new Dictionary<BackupCollection, int>();
        void Number(BackupCollection collection, object holder)
        {
            foreach (var row in Held(collection, holder))
            {
                if (collection.Key is not null)
                {
                    next[collection] = ids[(collection, row.Key!)] = next.GetValueOrDefault(collection) + 1;
                    foreach (var child in collection.Children)
                    {
                        Number(child, row.Key!);
                    }
                }
            }
        }
        foreach (var root in contract.Roots)
        {
            Number(root, rows.UserId);
        }
        int? IdOf(BackupReference reference, object? key) =>
            key is not null && ids.TryGetValue((reference.Target, key), out var id) ? id : null;

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            void WriteList(BackupCollection collection, object holder)
            {
                json.WriteStartArray(collection.Name);
                var listed = Held(collection, holder);
                if (collection.Key is null)
                {
                    listed = listed.OrderBy(r => string.Join(',', r.References.Select((key, i) => IdOf(collection.References[i], key)?.ToString("D9", CultureInfo.InvariantCulture))), StringComparer.Ordinal);
                }
                foreach (var row in listed)
                {
                    json.WriteStartObject();
                    if (collection.Key is not null)
                    {
                        json.WriteNumber("id", ids[(collection, row.Key!)]);
                    }
                    for (var i = 0; i < collection.Fields.Count; i++)
                    {
                        WriteValue(json, collection.Fields[i], row.Values[i]);
                    }
                    for (var i = 0; i < collection.References.Count; i++)
                    {
                        if (IdOf(collection.References[i], row.References[i]) is { } id)
                        {
                            json.WriteNumber(collection.References[i].Name, id);
                        }
                        else
                        {
                            json.WriteNull(collection.References[i].Name);
                        }
                    }
                    foreach (var child in collection.Children)
                    {
                        WriteList(child, row.Key ?? "");
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteStartObject();
            json.WriteString("format", BackupContract.Format);
            json.WriteNumber("version", BackupContract.Version);
            json.WriteString("exportedAt", Timestamp(time.GetUtcNow().UtcDateTime));
            json.WriteString("contents", contents);
            foreach (var root in contract.Roots)
            {
                WriteList(root, rows.UserId);
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter json, BackupField field, object? value)
    {
        if (value is null)
        {
            json.WriteNull(field.Name);
            return;
        }
        switch (field.Kind)
        {
            case BackupValueKind.Integer:
                json.WriteNumber(field.Name, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case BackupValueKind.Number:
                json.WriteNumber(field.Name, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case BackupValueKind.Boolean:
                json.WriteBoolean(field.Name, (bool)value);
                break;
            case BackupValueKind.Date:
                json.WriteString(field.Name, ((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case BackupValueKind.Timestamp:
                json.WriteString(field.Name, Timestamp((DateTime)value));
                break;
            default:
                json.WriteString(field.Name, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    public static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}

using System.Reflection;

namespace CareerPlanner.Web.Data.Backup;

/// <summary>One row of the database as the backup sees it: its key, its holder's key, its values and the keys it refers to.</summary>
public sealed class StoredRow(BackupCollection collection, object entity, object? key, object holder, object?[] values, object?[] references)
{
    public BackupCollection Collection { get; } = collection;
    public object Entity { get; } = entity;

    /// <summary>The database key (null for a link row, which has none of its own).</summary>
    public object? Key { get; } = key;

    /// <summary>The key of the row (or the user) that holds this one.</summary>
    public object Holder { get; } = holder;

    public object?[] Values { get; } = values;

    /// <summary>The database keys this row refers to, in the order of <see cref="BackupCollection.References"/>.</summary>
    public object?[] References { get; } = references;
}

/// <summary>Every row a person owns in the lists of the backup, read one list at a time (one query per list).</summary>
public sealed class StoredRows
{
    private static readonly MethodInfo LoadMethod = typeof(StoredRows).GetMethod(nameof(LoadWhereAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<BackupCollection, List<StoredRow>> byCollection = [];
    private readonly Dictionary<(BackupCollection, object), List<StoredRow>> byHolder = [];

    private StoredRows(string userId) => UserId = userId;

    public string UserId { get; }

    public IReadOnlyList<StoredRow> Of(BackupCollection collection) =>
        byCollection.TryGetValue(collection, out var rows) ? rows : [];

    /// <summary>The rows of <paramref name="collection"/> held by the row (or user) with key <paramref name="holder"/>, in key order.</summary>
    public IReadOnlyList<StoredRow> HeldBy(BackupCollection collection, object holder) =>
        byHolder.TryGetValue((collection, holder), out var rows) ? rows : [];

    /// <summary>Every row with a key of its own, by list and key.</summary>
    public Dictionary<(BackupCollection, object), StoredRow> IndexByKey() =>
        byCollection.Values.SelectMany(r => r).Where(r => r.Key is not null).ToDictionary(r => (r.Collection, r.Key!));

    /// <summary>Reads the person's rows of every list that <paramref name="include"/> accepts (a list is read only when its holder's is).</summary>
    public static async Task<StoredRows> LoadAsync(AppDbContext db, BackupContract contract, string userId, Func<BackupCollection, bool>? include = null)
    {
        var rows = new StoredRows(userId);
        foreach (var collection in contract.InDependencyOrder)
        {
            if (include?.Invoke(collection) == false || (collection.Parent is { } parent && !rows.byCollection.ContainsKey(parent)))
            {
                continue;
            }
            var holderKeys = collection.Parent is null ? [userId] : rows.Of(collection.Parent).Select(r => r.Key!).ToList();
            var holderProperty = collection.Container.Properties.Single();
            var keyList = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(holderProperty.ClrType))!;
            foreach (var key in holderKeys)
            {
                keyList.Add(key);
            }
            var entities = keyList.Count == 0 ? [] : await (Task<List<object>>)LoadMethod
                .MakeGenericMethod(collection.EntityType.ClrType, holderProperty.ClrType)
                .Invoke(null, [db, holderProperty.Name, keyList])!;
            var list = new List<StoredRow>(entities.Count);
            foreach (var entity in entities)
            {
                var entry = db.Entry(entity);
                object? Read(Microsoft.EntityFrameworkCore.Metadata.IProperty property) => entry.Property(property.Name).CurrentValue;
                var row = new StoredRow(
                    collection, entity, collection.Key is { } k ? Read(k) : null, Read(holderProperty)!,
                    collection.Fields.Select(f => Read(f.Property)).ToArray(), collection.References.Select(r => Read(r.Property)).ToArray());
                list.Add(row);
            }
            if (collection.Key is not null)
            {
                list.Sort((a, b) => ((int)a.Key!).CompareTo((int)b.Key!));
            }
            rows.byCollection[collection] = list;
            foreach (var row in list)
            {
                if (!rows.byHolder.TryGetValue((collection, row.Holder), out var held))
                {
                    rows.byHolder[(collection, row.Holder)] = held = [];
                }
                held.Add(row);
            }
        }
        return rows;
    }

    private static async Task<List<object>> LoadWhereAsync<TEntity, THolder>(AppDbContext db, string holderProperty, List<THolder> holders)
        where TEntity : class
    {
        var found = await db.Set<TEntity>().AsNoTracking().Where(e => holders.Contains(EF.Property<THolder>(e, holderProperty))).ToListAsync();
        return found.ConvertAll(e => (object)e);
    }
}

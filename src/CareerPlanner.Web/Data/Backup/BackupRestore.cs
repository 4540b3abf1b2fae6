using Microsoft.EntityFrameworkCore.Storage;

namespace CareerPlanner.Web.Data.Backup;

/// <summary>What restoring does to one list: how many items are added and how many are already there.</summary>
public sealed record RestoreLine(BackupCollection Collection, int Added, int Skipped);

/// <summary>What restoring a file into an account does, before anything is written.</summary>
public sealed record RestorePreview(bool IntoEmptyAccount, IReadOnlyList<RestoreLine> Lines)
{
    public int Added => Lines.Sum(l => l.Added);
}

/// <summary>
/// Restores a backup file into an account, in one transaction. Into an account without plans everything is restored as
/// it was (the profile and brand take the file's values). Into an account with plans, the file's plans are added as
/// new plans titled "… (imported)" and the person's own lists are merged: an item already there is skipped, its
/// children merged into it, and references to it point at the one already there. "Already there" means the same
/// value of a unique key (a skill's name, a reflection's kind), or the same values and the same references to the
/// person's lists (references into plans do not count: a plan is always new).
/// </summary>
public sealed class BackupRestore(AppDbContext db)
{
    private const string ImportedSuffix = " (imported)";

    private BackupContract Contract => BackupContract.For(db.Model);

    public async Task<RestorePreview> PreviewAsync(string userId, BackupDocument document) => (await DecideAsync(userId, document)).Preview;

    /// <summary>Writes what <see cref="PreviewAsync"/> describes; returns null, having written nothing, when the database refuses it.</summary>
    public async Task<RestorePreview?> RestoreAsync(string userId, BackupDocument document)
    {
        var decisions = await DecideAsync(userId, document);
        var keys = new Dictionary<FileRow, object>();
        object? KeyOf(FileRow row) => decisions.Existing.TryGetValue(row, out var existing) ? existing : keys.GetValueOrDefault(row);
        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync();
        try
        {
            foreach (var collection in Contract.InDependencyOrder)
            {
                var added = new List<(FileRow Row, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry Entry)>();
                foreach (var row in document.Of(collection))
                {
                    if (decisions.Existing.TryGetValue(row, out var existingKey))
                    {
                        if (decisions.Overwrite.Contains(row))
                        {
                            var entity = await db.FindAsync(collection.EntityType.ClrType, existingKey);
                            SetValues(db.Entry(entity!), row, decisions.Rename);
                        }
                        continue;
                    }
                    var entry = db.Entry(Activator.CreateInstance(collection.EntityType.ClrType, nonPublic: true)!);
                    SetValues(entry, row, decisions.Rename);
                    entry.Property(collection.Container.Properties.Single().Name).CurrentValue = row.Holder is null ? userId : KeyOf(row.Holder);
                    for (var i = 0; i < row.References.Length; i++)
                    {
                        var reference = collection.References[i];
                        if (reference.Target != collection && row.References[i] is { } id)
                        {
                            entry.Property(reference.Property.Name).CurrentValue = KeyOf(document.ById[(reference.Target, id)]);
                        }
                    }
                    foreach (var secret in collection.Secrets)
                    {
                        entry.Property(secret.Name).CurrentValue = LinkTokens.Hash(LinkTokens.Create());
                    }
                    entry.State = EntityState.Added;
                    added.Add((row, entry));
                }
                await db.SaveChangesAsync();
                foreach (var (row, entry) in added.Where(a => collection.Key is not null))
                {
                    keys[row] = entry.Property(collection.Key!.Name).CurrentValue!;
                }
                // A reference to a row of the same list (a goal's parent goal) is set once every row of the list has its key.
                var selfReferences = collection.References.Select((r, i) => (r, i)).Where(x => x.r.Target == collection).ToList();
                foreach (var (row, entry) in added)
                {
                    foreach (var (reference, i) in selfReferences)
                    {
                        if (row.References[i] is { } id)
                        {
                            entry.Property(reference.Property.Name).CurrentValue = KeyOf(document.ById[(collection, id)]);
                        }
                    }
                }
                if (selfReferences.Count > 0)
                {
                    await db.SaveChangesAsync();
                }
            }
            await transaction.CommitAsync();
            return decisions.Preview;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private static void SetValues(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, FileRow row, bool rename)
    {
        var collection = row.Collection;
        for (var i = 0; i < collection.Fields.Count; i++)
        {
            var value = row.Values[i];
            if (rename && collection.EntityType.ClrType == typeof(Plan) && collection.Fields[i].Property.Name == nameof(Plan.Title) && value is string title)
            {
                var max = collection.Fields[i].MaxLength ?? int.MaxValue;
                value = (title.Length + ImportedSuffix.Length > max ? title[..(max - ImportedSuffix.Length)] : title) + ImportedSuffix;
            }
            entry.Property(collection.Fields[i].Property.Name).CurrentValue = value;
        }
        foreach (var derived in collection.Derived)
        {
            entry.Property(derived.Property.Name).CurrentValue = derived.Compute(row.Values[collection.Fields.IndexOf(derived.Source)]);
        }
        foreach (var stamp in collection.Stamps.Where(s => s.ClrType == typeof(Guid)))
        {
            entry.Property(stamp.Name).CurrentValue = Guid.NewGuid();
        }
    }

    private sealed record Decisions(Dictionary<FileRow, object> Existing, HashSet<FileRow> Overwrite, bool Rename, RestorePreview Preview);

    private async Task<Decisions> DecideAsync(string userId, BackupDocument document)
    {
        var contract = Contract;
        var stored = await StoredRows.LoadAsync(db, contract, userId, c => !c.IsPlanPart);
        var intoEmpty = !await db.Plans.AnyAsync(p => p.OwnerId == userId);
        var existing = new Dictionary<FileRow, object>();
        var overwrite = new HashSet<FileRow>();
        var lines = new List<RestoreLine>();
        foreach (var collection in contract.InDependencyOrder)
        {
            var rows = document.Of(collection);
            var skipped = 0;
            foreach (var row in rows)
            {
                object? holder = row.Holder is null ? userId : existing.GetValueOrDefault(row.Holder);
                if (collection.IsPlanPart || holder is null)
                {
                    continue;
                }
                var candidates = stored.HeldBy(collection, holder);
                var resolved = row.References.Select((id, i) => id is { } target
                    ? existing.GetValueOrDefault(document.ById[(collection.References[i].Target, target)]) ?? (object)row : null).ToList();
                var byKey = collection.UniqueKeys.Select(key => candidates.FirstOrDefault(c =>
                    key.All(part => Equals(part.Of(row.Values, resolved), part.Of(c.Values, c.References))))).FirstOrDefault(c => c is not null);
                var same = byKey ?? candidates.FirstOrDefault(c =>
                    c.Values.SequenceEqual(row.Values) &&
                    collection.References.Select((r, i) => r.Target.IsPlanPart || Equals(resolved[i], c.References[i])).All(x => x));
                if (same is null)
                {
                    continue;
                }
                existing[row] = same.Key ?? "";
                if (byKey is not null && intoEmpty)
                {
                    overwrite.Add(row);
                }
                else
                {
                    skipped++;
                }
            }
            if (rows.Count > 0)
            {
                lines.Add(new RestoreLine(collection, rows.Count - skipped, skipped));
            }
        }
        return new Decisions(existing, overwrite, !intoEmpty, new RestorePreview(intoEmpty, lines));
    }
}

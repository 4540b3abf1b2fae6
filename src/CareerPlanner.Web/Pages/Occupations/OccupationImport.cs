using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareerPlanner.Web.Pages.Occupations;

/// <summary>
/// <c>import-occupations &lt;O*NET text zip or folder&gt;</c>: reads the release (<see cref="OnetRelease"/>) and replaces the
/// catalogue with it in one transaction. Career options keep their occupation code (it is not a foreign key), so a
/// person's link survives a new release. Rows are written with one prepared command per table, not through the change
/// tracker: a release is a quarter of a million rows.
/// </summary>
public static class OccupationImport
{
    public const string Name = "import-occupations";

    public static async Task<int> RunAsync(IServiceProvider services, string source, TextWriter output, TextWriter errors)
    {
        var watch = Stopwatch.StartNew();
        OnetRelease release;
        try
        {
            release = OnetRelease.Read(source);
        }
        catch (NotAnOnetReleaseException refused)
        {
            await errors.WriteLineAsync(refused.Message);
            return 1;
        }
        foreach (var line in release.Report)
        {
            await output.WriteLineAsync(line);
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await ReplaceAsync(db, release, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await output.WriteLineAsync($"Imported {release.Name}: {release.Occupations.Count:N0} occupations, {release.Titles.Count:N0} alternate titles, " +
                                    $"{release.Elements.Count:N0} skill and knowledge ratings, {release.Technologies.Count:N0} technologies, " +
                                    $"{release.Related.Count:N0} related occupations in {watch.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    /// <summary>Replaces the whole catalogue with the release, in one transaction.</summary>
    public static async Task ReplaceAsync(AppDbContext db, OnetRelease release, DateTime nowUtc)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var transaction = await connection.BeginTransactionAsync();
            foreach (var type in new[] { typeof(RelatedOccupation), typeof(OccupationTechnology), typeof(OccupationElement), typeof(OccupationTitle), typeof(Occupation), typeof(JobZone), typeof(OccupationRelease) })
            {
                await using var delete = connection.CreateCommand();
                delete.Transaction = transaction;
                delete.CommandText = $"DELETE FROM \"{db.Model.FindEntityType(type)!.GetTableName()}\"";
                await delete.ExecuteNonQueryAsync();
            }
            await InsertAsync(db, transaction, release.Occupations);
            await InsertAsync(db, transaction, release.Titles);
            await InsertAsync(db, transaction, release.Elements);
            await InsertAsync(db, transaction, release.Technologies);
            await InsertAsync(db, transaction, release.Related);
            await InsertAsync(db, transaction, release.JobZones);
            await InsertAsync(db, transaction, [new OccupationRelease(release.Name, nowUtc)]);
            await transaction.CommitAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task InsertAsync<T>(AppDbContext db, DbTransaction transaction, IReadOnlyList<T> rows)
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var columns = type.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd || p.ClrType != typeof(int) || !p.IsPrimaryKey()).ToList();
        var getters = columns.Select(p => (Property: p, Info: p.PropertyInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} has no property"))).ToList();
        await using var insert = transaction.Connection!.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO \"{type.GetTableName()}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName()}\""))}) " +
                             $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        // Typed by the provider's own mapping: PostgreSQL prepares a statement only with typed parameters.
        var parameters = columns.Select((column, i) =>
        {
            var parameter = column.GetRelationalTypeMapping().CreateParameter(insert, $"@p{i}", null, nullable: true);
            insert.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        await insert.PrepareAsync();
        foreach (var row in rows)
        {
            for (var i = 0; i < getters.Count; i++)
            {
                var value = getters[i].Info.GetValue(row);
                var converter = getters[i].Property.GetValueConverter() ?? getters[i].Property.GetTypeMapping().Converter;
                parameters[i].Value = (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
            }
            await insert.ExecuteNonQueryAsync();
        }
    }
}

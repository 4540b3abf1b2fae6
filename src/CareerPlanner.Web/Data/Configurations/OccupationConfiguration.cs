using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

/// <summary>The occupation catalogue: reference data, owned by no one, replaced as a whole by an import.</summary>
public sealed class OccupationConfiguration : IEntityTypeConfiguration<Occupation>
{
    public void Configure(EntityTypeBuilder<Occupation> occupation)
    {
        occupation.HasKey(o => o.Code);
        occupation.Property(o => o.Code).HasMaxLength(Occupation.CodeMaxLength);
        occupation.Property(o => o.Title).HasMaxLength(200).IsRequired();
        occupation.Property(o => o.Description).HasMaxLength(4000).IsRequired();
        occupation.Ignore(o => o.Interests);
        occupation.Ignore(o => o.HasInterests);
    }
}

public sealed class OccupationTitleConfiguration : IEntityTypeConfiguration<OccupationTitle>
{
    public void Configure(EntityTypeBuilder<OccupationTitle> title)
    {
        title.Property(t => t.OccupationCode).HasMaxLength(Occupation.CodeMaxLength);
        title.Property(t => t.Title).HasMaxLength(300).IsRequired();
        title.HasOne<Occupation>().WithMany().HasForeignKey(t => t.OccupationCode).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OccupationElementConfiguration : IEntityTypeConfiguration<OccupationElement>
{
    public void Configure(EntityTypeBuilder<OccupationElement> element)
    {
        element.Property(e => e.OccupationCode).HasMaxLength(Occupation.CodeMaxLength);
        element.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        element.Property(e => e.Name).HasMaxLength(200).IsRequired();
        element.HasOne<Occupation>().WithMany().HasForeignKey(e => e.OccupationCode).OnDelete(DeleteBehavior.Cascade);
        element.HasIndex(e => new { e.OccupationCode, e.Kind });
    }
}

public sealed class OccupationTechnologyConfiguration : IEntityTypeConfiguration<OccupationTechnology>
{
    public void Configure(EntityTypeBuilder<OccupationTechnology> technology)
    {
        technology.Property(t => t.OccupationCode).HasMaxLength(Occupation.CodeMaxLength);
        technology.Property(t => t.Name).HasMaxLength(300).IsRequired();
        technology.Property(t => t.Category).HasMaxLength(300);
        technology.HasOne<Occupation>().WithMany().HasForeignKey(t => t.OccupationCode).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RelatedOccupationConfiguration : IEntityTypeConfiguration<RelatedOccupation>
{
    public void Configure(EntityTypeBuilder<RelatedOccupation> related)
    {
        related.HasKey(r => new { r.OccupationCode, r.RelatedCode });
        related.Property(r => r.OccupationCode).HasMaxLength(Occupation.CodeMaxLength);
        related.Property(r => r.RelatedCode).HasMaxLength(Occupation.CodeMaxLength);
        related.HasOne<Occupation>().WithMany().HasForeignKey(r => r.OccupationCode).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class JobZoneConfiguration : IEntityTypeConfiguration<JobZone>
{
    public void Configure(EntityTypeBuilder<JobZone> zone)
    {
        zone.HasKey(z => z.Zone);
        zone.Property(z => z.Zone).ValueGeneratedNever();
        zone.Property(z => z.Name).HasMaxLength(200).IsRequired();
        zone.Property(z => z.Experience).HasMaxLength(2000).IsRequired();
        zone.Property(z => z.Education).HasMaxLength(2000).IsRequired();
    }
}

public sealed class OccupationReleaseConfiguration : IEntityTypeConfiguration<OccupationRelease>
{
    public void Configure(EntityTypeBuilder<OccupationRelease> release) =>
        release.Property(r => r.Name).HasMaxLength(200).IsRequired();
}

public sealed class SkillCoverageConfiguration : IEntityTypeConfiguration<SkillCoverage>
{
    public void Configure(EntityTypeBuilder<SkillCoverage> coverage)
    {
        coverage.Property(c => c.DemandedName).HasMaxLength(SkillCoverage.NameMaxLength).IsRequired();
        coverage.Property(c => c.NormalizedDemandedName).HasMaxLength(SkillCoverage.NameMaxLength).IsRequired();
        coverage.HasOne<Skill>().WithMany().HasForeignKey(c => c.SkillId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        coverage.HasIndex(c => new { c.SkillId, c.NormalizedDemandedName }).IsUnique();
    }
}

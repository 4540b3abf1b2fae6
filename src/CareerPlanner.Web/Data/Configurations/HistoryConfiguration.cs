using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> position)
    {
        position.Property(p => p.Employer).HasMaxLength(Position.EmployerMaxLength).IsRequired();
        position.Property(p => p.Title).HasMaxLength(Position.TitleMaxLength).IsRequired();
        position.Property(p => p.Location).HasMaxLength(Position.LocationMaxLength);
        position.Property(p => p.Description).HasMaxLength(Position.DescriptionMaxLength);
        position.Property(p => p.Highlights).HasMaxLength(Position.HighlightsMaxLength);
        position.Property(p => p.Skills).HasMaxLength(Position.SkillsMaxLength);
        position.Property(p => p.Version).IsConcurrencyToken();
        position.Ignore(p => p.Start);
        position.Ignore(p => p.End);
        position.Ignore(p => p.IsCurrent);
        position.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        position.HasIndex(p => new { p.UserId, p.StartedOn });
    }
}

public sealed class EducationConfiguration : IEntityTypeConfiguration<Education>
{
    public void Configure(EntityTypeBuilder<Education> education)
    {
        education.ToTable("Education");
        education.Property(e => e.Institution).HasMaxLength(Education.InstitutionMaxLength).IsRequired();
        education.Property(e => e.Qualification).HasMaxLength(Education.QualificationMaxLength);
        education.Property(e => e.FieldOfStudy).HasMaxLength(Education.FieldMaxLength);
        education.Property(e => e.Notes).HasMaxLength(Education.NotesMaxLength);
        education.Property(e => e.Skills).HasMaxLength(Position.SkillsMaxLength);
        education.Property(e => e.Version).IsConcurrencyToken();
        education.Ignore(e => e.Start);
        education.Ignore(e => e.End);
        education.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        education.HasIndex(e => e.UserId);
    }
}

public sealed class CertificationConfiguration : IEntityTypeConfiguration<Certification>
{
    public void Configure(EntityTypeBuilder<Certification> certification)
    {
        certification.Property(c => c.Name).HasMaxLength(Certification.NameMaxLength).IsRequired();
        certification.Property(c => c.Issuer).HasMaxLength(Certification.IssuerMaxLength);
        certification.Property(c => c.CredentialUrl).HasMaxLength(Certification.UrlMaxLength);
        certification.Property(c => c.CredentialId).HasMaxLength(Certification.CredentialIdMaxLength);
        certification.Property(c => c.Version).IsConcurrencyToken();
        certification.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        certification.HasIndex(c => new { c.UserId, c.ExpiresOn });
    }
}

public sealed class LanguageConfiguration : IEntityTypeConfiguration<Language>
{
    public void Configure(EntityTypeBuilder<Language> language)
    {
        language.Property(l => l.Name).HasMaxLength(Language.NameMaxLength).IsRequired();
        language.Property(l => l.Proficiency).HasConversion<string>().HasMaxLength(30);
        language.Property(l => l.Version).IsConcurrencyToken();
        language.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        language.HasIndex(l => l.UserId);
    }
}

public sealed class ResumeSettingsConfiguration : IEntityTypeConfiguration<ResumeSettings>
{
    public void Configure(EntityTypeBuilder<ResumeSettings> settings)
    {
        settings.Property(s => s.Headline).HasMaxLength(ResumeSettings.HeadlineMaxLength);
        settings.Property(s => s.Summary).HasMaxLength(ResumeSettings.SummaryMaxLength);
        settings.Property(s => s.SectionOrder).HasMaxLength(ResumeSettings.SectionOrderMaxLength).IsRequired();
        settings.Property(s => s.Version).IsConcurrencyToken();
        settings.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        settings.HasIndex(s => s.UserId).IsUnique();
    }
}

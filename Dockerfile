# Multi-stage: the SDK builds, the standard ASP.NET Core runtime image runs (it has the time-zone data that
# chiseled and Alpine images lack), as the image's non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/CareerPlanner.Web/CareerPlanner.Web.csproj src/CareerPlanner.Web/
RUN dotnet restore src/CareerPlanner.Web/CareerPlanner.Web.csproj
COPY src/ src/
RUN dotnet publish src/CareerPlanner.Web/CareerPlanner.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# Created and owned before the volume is mounted on it, so a new named volume takes this ownership.
RUN mkdir -p /app/App_Data && chown "$APP_UID" /app/App_Data
USER $APP_UID
# MALLOC_ARENA_MAX: glibc's allocator (which SQLite and the runtime's native parts use) keeps up to eight arenas per
# core, each holding on to freed memory; two serve as fast here and the app's working set after the benchmark was
# about 35 MB smaller (bench/README.md).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__CareerPlanner="Data Source=/app/App_Data/careerplanner.db" \
    MALLOC_ARENA_MAX=2
EXPOSE 8080
ENTRYPOINT ["dotnet", "CareerPlanner.Web.dll"]

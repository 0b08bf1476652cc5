# Build a static binary, then run it as a non-root user on a minimal image.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/storybot ./cmd/storybot

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/storybot /usr/local/bin/storybot
USER nonroot:nonroot
EXPOSE 8080
ENV STORYBOT_HTTP_ADDR=:8080
ENTRYPOINT ["/usr/local/bin/storybot"]
CMD ["run"]

{{/*
Expand the name of the chart.
*/}}
{{- define "jixiao.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Create a default fully qualified app name, truncated at 63 characters (the DNS name limit).
If the release name contains the chart name it is used as the full name.
*/}}
{{- define "jixiao.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version, as used by the chart label.
*/}}
{{- define "jixiao.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "jixiao.labels" -}}
helm.sh/chart: {{ include "jixiao.chart" . }}
{{ include "jixiao.selectorLabels" . }}
{{- if .Chart.AppVersion }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: jixiao
{{- end }}

{{/*
Selector labels.
*/}}
{{- define "jixiao.selectorLabels" -}}
app.kubernetes.io/name: {{ include "jixiao.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Name of the service account to use.
*/}}
{{- define "jixiao.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "jixiao.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
The Secret holding the database URL and the other secret environment variables: the one the chart renders, or
existingSecret.
*/}}
{{- define "jixiao.secretName" -}}
{{- if .Values.existingSecret }}
{{- .Values.existingSecret }}
{{- else }}
{{- include "jixiao.fullname" . }}
{{- end }}
{{- end }}

{{/*
The image reference: a digest pins it, otherwise the tag (default: the chart's appVersion).
*/}}
{{- define "jixiao.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/*
Checks across values that the schema cannot express. Included by the Deployment, so any install or template fails
early with a message saying what to set.
*/}}
{{- define "jixiao.validateValues" -}}
{{- if and (not .Values.existingSecret) (not .Values.database.url) }}
{{- fail "\n\njixiao needs a PostgreSQL database: set database.url (e.g. --set database.url=r2dbc:postgresql://db.example.org:5432/jixiao, with database.username and database.password) or existingSecret (a Secret with the key SPRING_R2DBC_URL).\nThe embedded PostgreSQL is for one machine only; all replicas must share one database.\n" }}
{{- end }}
{{- if and .Values.serviceMonitor.enabled (not .Values.existingSecret) (not .Values.security.metricsScrapeToken) }}
{{- fail "\n\nserviceMonitor.enabled needs a scrape token: set security.metricsScrapeToken (or existingSecret with the key JIXIAO_SECURITY_METRICS_SCRAPE_TOKEN).\n/actuator/prometheus refuses requests without it.\n" }}
{{- end }}
{{- end }}

{{/*
Where people reach the service, for the links in alert messages: publicUrl, else the first Ingress host (https when
the Ingress has TLS), else empty (the service then links to its own pod, which only works without a cluster).
*/}}
{{- define "jixiao.publicUrl" -}}
{{- if .Values.publicUrl -}}
{{- .Values.publicUrl -}}
{{- else if and .Values.ingress.enabled .Values.ingress.hosts -}}
{{- printf "%s://%s" (ternary "https" "http" (gt (len .Values.ingress.tls) 0)) (index .Values.ingress.hosts 0).host -}}
{{- end -}}
{{- end }}

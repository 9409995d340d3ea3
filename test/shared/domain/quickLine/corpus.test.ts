import { describe, expect, it } from 'vitest'
import { kst } from '../kstTime'
import { fields, TUESDAY } from './parse'

// Lines as partner engineers type them, each with every field the parse must give (and no other).
// `now` is TUESDAY (2026-12-01 15:20 KST) unless the entry says otherwise.

const 한빛은행 = { customerName: '한빛은행', customerId: 1, customerIsNew: false }
const 대한물산 = { customerName: '(주)대한물산', customerId: 2, customerIsNew: false }
const SK = { customerName: 'SK', customerId: 3, customerIsNew: false }
const DB손보 = { customerName: 'DB손해보험', customerId: 4, customerIsNew: false }
const 한빛 = { customerName: '한빛', customerId: 5, customerIsNew: false }
const ACME = { customerName: 'Acme Korea', customerId: 6, customerIsNew: false }
const 서울대병원 = { customerName: '서울대병원', customerIsNew: false }
const 누리 = { customerName: '주식회사 누리텔레콤', customerId: 8, customerIsNew: false }
const SDS = { customerName: '삼성SDS', customerId: 9, customerIsNew: false }
const LGCNS = { customerName: 'LG CNS', customerId: 10, customerIsNew: false }
const 우리카드 = { customerName: '우리카드', customerId: 11, customerIsNew: false }
const 오토에버 = { customerName: '현대오토에버', customerId: 12, customerIsNew: false }
const isNew = (customerName: string) => ({ customerName, customerIsNew: true })

const MIDNIGHT = kst('2026-12-01 00:05')
const MONDAY = kst('2026-11-30 08:40')
const NEW_YEAR = kst('2027-01-01 00:30')

const CORPUS: [string, Record<string, unknown>, Date?][] = [
  ['한빛은행 운영 DB 중단 sev2 어제 오후 3시부터', { title: '운영 DB 중단', ...한빛은행, track: 'critical', severity: 2, firstOccurredAt: '2026-11-30 15:00' }],
  ['한빛은행 백업 실패', { title: '백업 실패', ...한빛은행, problemType: 'backup' }],
  ['한빛 은행 VBR 12.3 업그레이드 후 백업 실패', { title: 'VBR 12.3 업그레이드 후 백업 실패', ...한빛은행, problemType: 'backup' }],
  ['대한물산 프록시 설치 실패 sev3', { title: '프록시 설치 실패', ...대한물산, problemType: 'install', severity: 3 }],
  ['(주)대한물산 SQL 복구 안됨 어제부터', { title: 'SQL 복구 안됨', ...대한물산, problemType: 'restore', firstOccurredAt: '2026-11-30 00:00' }],
  ['SK 운영 서버 다운 sev1', { title: '운영 서버 다운', ...SK, track: 'critical', severity: 1 }],
  ['SK disk 교체 후 백업 지연', { title: 'disk 교체 후 백업 지연', ...SK, problemType: 'backup' }],
  ['disk full 로 백업 실패', { title: 'disk full 로 백업 실패', problemType: 'backup' }],
  ['DB손해보험 VM 백업 작업 중단', { title: 'VM 백업 작업 중단', ...DB손보, problemType: 'backup' }],
  ['DB손해보험 운영 DB 다운됨 sev1 30분 전', { title: '운영 DB 다운됨', ...DB손보, track: 'critical', severity: 1, firstOccurredAt: '2026-12-01 14:50' }],
  ['한빛 PoC중 Instant Recovery 느림', { title: 'PoC중 Instant Recovery 느림', ...한빛, customerStatus: 'poc', track: 'sales', problemType: 'performance' }],
  ['Acme Korea 검수 전 설치 문의', { title: '검수 전 설치 문의', ...ACME, customerStatus: 'preAcceptance', track: 'sales', problemType: 'install' }],
  ['acme korea 증설 예정 용량 산정 질문', { title: '증설 예정 용량 산정 질문', ...ACME, customerStatus: 'expansion', track: 'sales', problemType: 'question' }],
  ['서울대병원 스토리지 증설 후 백업 실패', { title: '스토리지 증설 후 백업 실패', ...서울대병원, problemType: 'backup' }],
  ['누리텔레콤 Hyper-V 백업 실패 #12345678', { title: 'Hyper-V 백업 실패', ...누리, problemType: 'backup', caseNumber: '12345678' }],
  ['삼성SDS 테이프 복원 실패 case 07700123', { title: '테이프 복원 실패', ...SDS, problemType: 'restore', caseNumber: '07700123' }],
  ['LG CNS 원격 사이트 복제 지연 sev3 월요일부터', { title: '원격 사이트 복제 지연', ...LGCNS, problemType: 'performance', severity: 3, firstOccurredAt: '2026-11-30 00:00' }],
  ['lg cns SOBR 구성 문의', { title: 'SOBR 구성 문의', ...LGCNS, problemType: 'config' }],
  ['우리카드에서 Oracle RMAN 플러그인 설정 질문', { title: 'Oracle RMAN 플러그인 설정 질문', ...우리카드, problemType: 'config' }],
  ['현대오토에버 서비스 정지 sev2 오늘 오전 10시', { title: '서비스 정지', ...오토에버, track: 'critical', severity: 2, firstOccurredAt: '2026-12-01 10:00' }],
  ['@신한캐피탈 백업 실패 베이직', { title: '백업 실패', ...isNew('신한캐피탈'), problemType: 'backup', renewal: 'basic' }],
  ['@KB저축은행 production 복구 요청 sev2', { title: '복구 요청', ...isNew('KB저축은행'), problemType: 'restore', renewal: 'production', severity: 2 }],
  ['@한빛은행 모니터링 알람 안 옴', { title: '모니터링 알람 안 옴', ...한빛은행, problemType: 'monitoring' }],
  ['@sk 태그 백업 실패', { title: '태그 백업 실패', ...SK, problemType: 'backup' }],
  ['메일 kim@hanbit.co.kr 로 회신 요청', { title: '메일 kim@hanbit.co.kr 로 회신 요청' }],
  ['sev2로 등록 부탁 백업 실패', { title: '등록 부탁 백업 실패', severity: 2, problemType: 'backup' }],
  ['Sev 3 문의 Cloud Connect 설정', { title: '문의 Cloud Connect 설정', severity: 3, problemType: 'question' }],
  ['severity 4 라이선스 질문', { title: '라이선스 질문', severity: 4, problemType: 'question' }],
  ['심각도2 파일 레벨 복구 실패', { title: '파일 레벨 복구 실패', severity: 2, problemType: 'restore' }],
  ['심각도 3 WAN 가속기 구성', { title: 'WAN 가속기 구성', severity: 3, problemType: 'config' }],
  ['S3 오브젝트 스토리지 오프로드 실패', { title: 'S3 오브젝트 스토리지 오프로드 실패' }],
  ['S2D 클러스터 백업 실패', { title: 'S2D 클러스터 백업 실패', problemType: 'backup' }],
  ['S1 등급 장애 sev5', { title: 'S1 등급 장애 sev5' }],
  ['production 서버 다운 백업 중', { title: 'production 서버 다운 백업 중', track: 'critical', problemType: 'backup' }],
  ['프로덕션 DB 느림', { title: '프로덕션 DB 느림', problemType: 'performance' }],
  ['프로덕션 고객 복제 실패', { title: '고객 복제 실패', renewal: 'production' }],
  ['Basic 계약 고객 설치 문의', { title: '계약 고객 설치 문의', renewal: 'basic', problemType: 'install' }],
  ['basic 아니고 production 으로 변경 백업 실패', { title: '아니고 으로 변경 백업 실패', renewal: 'production', problemType: 'backup' }],
  ['#12345678 업데이트 후 복구 지연', { title: '업데이트 후 복구 지연', caseNumber: '12345678', problemType: 'restore' }],
  ['케이스 02345678 에이전트 설치 실패', { title: '에이전트 설치 실패', caseNumber: '02345678', problemType: 'install' }],
  ['Case#05551234 SureBackup 실패', { title: 'SureBackup 실패', caseNumber: '05551234' }], // English keywords start a word
  ['케이스#0555123 자릿수 모자람', { title: '케이스#0555123 자릿수 모자람' }],
  ['전화번호 01012345678 남김', { title: '전화번호 01012345678 남김' }],
  ['PoC 고객 VBR 설치', { title: 'PoC 고객 VBR 설치', customerStatus: 'poc', track: 'sales', problemType: 'install' }],
  ['poc중 운영 서버 다운', { title: 'poc중 운영 서버 다운', customerStatus: 'poc', track: 'sales' }],
  ['검수전 복구 테스트 실패', { title: '검수전 복구 테스트 실패', customerStatus: 'preAcceptance', track: 'sales', problemType: 'restore' }],
  ['증설예정 고객 성능 문의', { title: '증설예정 고객 성능 문의', customerStatus: 'expansion', track: 'sales', problemType: 'performance' }],
  ['스토리지 증설 후 백업 실패', { title: '스토리지 증설 후 백업 실패', problemType: 'backup' }],
  ['운영 서버 다운 백업 도중', { title: '운영 서버 다운 백업 도중', track: 'critical', problemType: 'backup' }],
  ['DB다운 복구 중', { title: 'DB다운 복구 중', track: 'critical', problemType: 'restore' }],
  ['운영 VM 멈춤 CDP 중', { title: '운영 VM 멈춤 CDP 중', track: 'critical' }],
  ['서비스 중단 없음 문의만', { title: '서비스 중단 없음 문의만', problemType: 'question' }],
  ['DB 서비스 다운 아님 성능 저하', { title: 'DB 서비스 다운 아님 성능 저하', problemType: 'performance' }],
  ['ISO 다운로드 실패 설치 불가', { title: 'ISO 다운로드 실패 설치 불가', problemType: 'install' }],
  ['서버 다운그레이드 후 백업 실패', { title: '서버 다운그레이드 후 백업 실패', problemType: 'backup' }],
  ['VM 백업 작업 중단', { title: 'VM 백업 작업 중단', problemType: 'backup' }],
  ['VMware 태그 기반 작업 설정', { title: 'VMware 태그 기반 작업 설정', problemType: 'config' }],
  ['VBR 12.3 업그레이드 문의', { title: 'VBR 12.3 업그레이드 문의', problemType: 'question' }],
  ['2/3 VM 실패 나머지 성공', { title: '2/3 VM 실패 나머지 성공' }],
  ['12/1부터 백업 느림', { title: '백업 느림', problemType: 'backup', firstOccurredAt: '2026-12-01 00:00' }],
  ['11/28 오후 2시 복제 실패', { title: '복제 실패', firstOccurredAt: '2026-11-28 14:00' }],
  ['11월 30일 오전 9시 30분 백업 실패', { title: '백업 실패', problemType: 'backup', firstOccurredAt: '2026-11-30 09:30' }],
  ['2시간 전부터 복구 실패', { title: '복구 실패', problemType: 'restore', firstOccurredAt: '2026-12-01 13:20' }],
  ['두 시간 전 알람 발생', { title: '알람 발생', problemType: 'monitoring', firstOccurredAt: '2026-12-01 13:20' }],
  ['방금 운영 서버 다운 sev1', { title: '운영 서버 다운', track: 'critical', severity: 1, firstOccurredAt: '2026-12-01 15:20' }],
  ['3시간째 백업 작업 진행 안됨', { title: '3시간째 백업 작업 진행 안됨', problemType: 'backup' }],
  ['12시간째 복구 중 성능 문제', { title: '12시간째 복구 중 성능 문제', problemType: 'restore' }],
  ['어제 밤 2시 백업 실패', { title: '백업 실패', problemType: 'backup', firstOccurredAt: '2026-12-01 02:00' }],
  ['어제 밤 11시쯤 복제 지연', { title: '복제 지연', problemType: 'performance', firstOccurredAt: '2026-11-30 23:00' }],
  ['밤 12시 작업 실패', { title: '작업 실패', firstOccurredAt: '2026-12-01 00:00' }],
  ['새벽 3시경 서버 다운됨', { title: '서버 다운됨', track: 'critical', firstOccurredAt: '2026-12-01 03:00' }],
  ['아침 8시 백업 실패 메일', { title: '백업 실패 메일', problemType: 'backup', firstOccurredAt: '2026-12-01 08:00' }],
  ['낮 1시부터 지연', { title: '지연', problemType: 'performance', firstOccurredAt: '2026-12-01 13:00' }],
  ['정오에 복구 시작', { title: '복구 시작', problemType: 'restore', firstOccurredAt: '2026-12-01 12:00' }],
  ['자정 백업 작업 실패', { title: '백업 작업 실패', problemType: 'backup', firstOccurredAt: '2026-12-01 00:00' }],
  ['3시 반 부터 알람', { title: '부터 알람', problemType: 'monitoring', firstOccurredAt: '2026-11-30 15:30' }],
  ['3시반부터 알람', { title: '알람', problemType: 'monitoring', firstOccurredAt: '2026-11-30 15:30' }],
  ['15:05 에 설치 실패', { title: '에 설치 실패', problemType: 'install', firstOccurredAt: '2026-12-01 15:05' }],
  ['오늘 오후 5시 점검 예정 문의', { title: '오늘 오후 5시 점검 예정 문의', problemType: 'question' }],
  ['12월 24일 백업 실패', { title: '12월 24일 백업 실패', problemType: 'backup' }],
  ['오후 5시까지 회신 요청', { title: '오후 5시까지 회신 요청' }],
  ['오전 9시부터 11시까지 백업 느림', { title: '백업 느림', problemType: 'backup', firstOccurredAt: '2026-12-01 09:00' }],
  ['지난 금요일 복구 실패', { title: '복구 실패', problemType: 'restore', firstOccurredAt: '2026-11-27 00:00' }],
  ['지난주 목요일 오후 4시 설치', { title: '설치', problemType: 'install', firstOccurredAt: '2026-11-26 16:00' }],
  ['금요일부터 백업 실패', { title: '백업 실패', problemType: 'backup', firstOccurredAt: '2026-11-27 00:00' }],
  ['그저께 저녁 7시 알람', { title: '알람', problemType: 'monitoring', firstOccurredAt: '2026-11-29 19:00' }],
  ['한빛은행 sev2 SK 백업 실패', { title: '백업 실패', ...SK, severity: 2, problemType: 'backup' }],
  ['sev3 아니라 sev2 복구 실패', { title: '아니라 복구 실패', severity: 2, problemType: 'restore' }],
  ['한빛은행 운영 서버 다운 sev1 #12345678 production 10분 전', { title: '운영 서버 다운', ...한빛은행, track: 'critical', severity: 1, caseNumber: '12345678', renewal: 'production', firstOccurredAt: '2026-12-01 15:10' }],
  ['sev2 #12345678', { title: '', severity: 2, caseNumber: '12345678' }],
  // awkward instants
  ['3시 백업 실패', { title: '백업 실패', problemType: 'backup', firstOccurredAt: '2026-11-30 15:00' }, MIDNIGHT],
  ['밤 12시 작업 실패', { title: '작업 실패', firstOccurredAt: '2026-12-01 00:00' }, MIDNIGHT],
  ['어제 밤 11시 서버 다운', { title: '서버 다운', track: 'critical', firstOccurredAt: '2026-11-30 23:00' }, MIDNIGHT],
  ['방금 복구 실패', { title: '복구 실패', problemType: 'restore', firstOccurredAt: '2026-12-01 00:05' }, MIDNIGHT],
  ['10분 전 백업 실패', { title: '백업 실패', problemType: 'backup', firstOccurredAt: '2026-11-30 23:55' }, MIDNIGHT],
  ['지난 금요일 백업 실패', { title: '백업 실패', problemType: 'backup', firstOccurredAt: '2026-11-27 00:00' }, MONDAY],
  ['지난주 금요일 오후 6시 설치 실패', { title: '설치 실패', problemType: 'install', firstOccurredAt: '2026-11-27 18:00' }, MONDAY],
  ['9시 백업 실패', { title: '백업 실패', problemType: 'backup', firstOccurredAt: '2026-11-29 09:00' }, MONDAY],
  ['8시 반 알람', { title: '알람', problemType: 'monitoring', firstOccurredAt: '2026-11-30 08:30' }, MONDAY],
  // a date without a year is the nearest such date: on New Year's night 12월 31일 is the evening just past
  ['12월 31일 밤 11시 백업 실패', { title: '백업 실패', problemType: 'backup', firstOccurredAt: '2026-12-31 23:00' }, NEW_YEAR],
  ['2026년 12월 31일 밤 11시 백업 실패', { title: '백업 실패', problemType: 'backup', firstOccurredAt: '2026-12-31 23:00' }, NEW_YEAR],
  ['어제 밤 11시 백업 실패', { title: '백업 실패', problemType: 'backup', firstOccurredAt: '2026-12-31 23:00' }, NEW_YEAR],
]

describe('quick line: a corpus of real-looking lines', () => {
  it('has at least 80 lines', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(80)
  })

  it.each(CORPUS)('%s', (line, expected, now = TUESDAY) => {
    expect(fields(line, now)).toEqual(expected)
  })
})
